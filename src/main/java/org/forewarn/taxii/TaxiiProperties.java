package org.forewarn.taxii;

import org.forewarn.shared.SettingChecks;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The TAXII server, under {@code forewarn.taxii} (see docs/taxii.md). Its largest accepted request
 * body ({@code max_content_length}) is {@code forewarn.web.max-json-body}, which caps every JSON body.
 *
 * @param apiRoot      the name of the one API root, {@code /taxii2/<api-root>/}
 * @param title        the server's title in discovery and of the API root
 * @param maxPageSize  the most objects one page holds, whatever {@code limit} asks for
 */
@ConfigurationProperties("forewarn.taxii")
record TaxiiProperties(@DefaultValue("forewarn") String apiRoot, @DefaultValue("Forewarn TAXII server") String title,
                       @DefaultValue("1000") int maxPageSize) {

    TaxiiProperties {
        SettingChecks.of("forewarn.taxii")
                .require(apiRoot != null && apiRoot.matches("[a-z0-9][a-z0-9-]{0,62}"), "api-root",
                        "must be 1-63 lower-case letters, digits or '-', not " + apiRoot)
                .notBlank(title, "title")
                .between(maxPageSize, 1, 10_000, "max-page-size")
                .orThrow();
    }
}
