package com.artinsmartrealty.gateway.edge;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The gateway's OpenAPI description ({@code /v3/api-docs}, browsable at {@code /swagger-ui.html}). */
@Configuration(proxyBeanMethods = false)
class OpenApiDocs {

    @Bean
    OpenAPI gatewayApi() {
        return new OpenAPI()
                .info(new Info().title("ArtinSmartRealty gateway").version("v1")
                        .description("Channel webhooks, the website chat, sign-in, users, channels, tenants and "
                                + "delivery state. Other /api paths are served by the platform's services through "
                                + "this gateway. Errors are application/problem+json."))
                .components(new Components().addSecuritySchemes("bearer", new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
