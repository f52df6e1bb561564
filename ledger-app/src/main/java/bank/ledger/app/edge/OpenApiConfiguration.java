package bank.ledger.app.edge;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description (springdoc, generated from the controllers) with the two ways in: a bearer
 * access token from {@code POST /api/v1/auth/token}, or a service account's API key. Served at
 * {@code /v3/api-docs}, browsable at {@code /swagger-ui.html}.
 */
@Configuration
class OpenApiConfiguration {
    static final String BEARER = "bearerToken";
    static final String API_KEY = "apiKey";

    @Bean
    OpenAPI ledgerOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Ledger core API").version("v1")
                        .description("Event-sourced double-entry ledger. Errors are application/problem+json "
                                + "with a stable `code` and the offending `field`."))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT")
                                .description("Access token from POST /api/v1/auth/token (5 minutes)"))
                        .addSecuritySchemes(API_KEY, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER).name("X-Api-Key")
                                .description("API key of a service account")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER))
                .addSecurityItem(new SecurityRequirement().addList(API_KEY));
    }
}
