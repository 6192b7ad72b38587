package org.forewarn.shared.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * The static files, each folder mapped on its own instead of Boot's catch-all {@code /**}
 * ({@code spring.web.resources.add-mappings: false}). With the catch-all, the resource chain that
 * resolves version-less webjar paths looked for a file behind every link a page renders (each
 * {@code /console/threats/<id>} of a list), which cost most of a list page's time.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true).addResolver(new LiteWebJarsResourceResolver());
        for (String folder : new String[] {"css", "js", "geo"}) {
            registry.addResourceHandler("/" + folder + "/**").addResourceLocations("classpath:/static/" + folder + "/");
        }
        registry.addResourceHandler("/favicon.svg").addResourceLocations("classpath:/static/");
    }
}
