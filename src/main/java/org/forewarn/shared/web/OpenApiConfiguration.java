package org.forewarn.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at /v3/api-docs: the public contract of the REST API. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI forewarnOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Forewarn API").version("v1")
                        .description("""
                                Duty to warn: threat intake, duty-to-warn determinations, warnings with a checked \
                                tearline, delivery (SMTP, signed webhook, liaison hand-over), acknowledgment and \
                                follow-up, a hash-chained audit log and Ed25519-signed delivery receipts. Every \
                                endpoint needs HTTP Basic credentials and one of the roles it names; errors are \
                                application/problem+json.""")
                        .license(new License().name("Proprietary")))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }

    private static final Pattern ROLE = Pattern.compile("'([A-Z_]+)'");

    /** Documents each operation's roles straight from its @PreAuthorize, so the two cannot drift. */
    @Bean
    OperationCustomizer rolesFromPreAuthorize() {
        return (operation, handler) -> {
            PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
            if (rule == null) {
                return operation;
            }
            List<String> roles = new ArrayList<>();
            Matcher m = ROLE.matcher(rule.value());
            while (m.find()) {
                roles.add(m.group(1));
            }
            String who = roles.isEmpty() ? "Any signed-in user." : "Roles: " + String.join(", ", roles) + ".";
            operation.setDescription(operation.getDescription() == null ? who : operation.getDescription() + "\n\n" + who);
            operation.getResponses().addApiResponse("401", new ApiResponse().description("No or wrong credentials"));
            operation.getResponses().addApiResponse("403", new ApiResponse().description("Role not allowed: " + who));
            operation.getResponses().addApiResponse("429", new ApiResponse().description(
                    "Too many failed sign-ins for this account or address: try again after Retry-After seconds"));
            return operation;
        };
    }
}
