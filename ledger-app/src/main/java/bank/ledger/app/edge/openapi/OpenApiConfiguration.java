package bank.ledger.app.edge.openapi;

import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description (springdoc, generated from the controllers, completed by the
 * {@link ContractCustomizer}) with the two ways in: a bearer access token from
 * {@code POST /api/v1/auth/token}, or a service account's API key. Served at {@code /v3/api-docs},
 * browsable at {@code /swagger-ui.html}, checked in as {@code docs/openapi.json}. The server is fixed
 * (not the request's host), so the served document is the same on every machine.
 */
@Configuration
class OpenApiConfiguration {
    static final String BEARER = "bearerToken";
    static final String API_KEY = "apiKey";

    @Bean
    OpenAPI ledgerOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Ledger core API").version("v1")
                        .license(new License().name("Proprietary").identifier("LicenseRef-Proprietary"))
                        .contact(new Contact().name("Ledger core team").url("https://ledger.bank/"))
                        .description("Event-sourced double-entry ledger. Amounts are decimal strings, errors are "
                                + "application/problem+json with a stable `code` and the offending `field`."))
                .servers(List.of(new Server().url("http://localhost:8080").description("The dev profile (README)")))
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

    /** Unambiguous schema names for nested records ({@link NestedTypeNames}); springdoc adds every ModelConverter bean. */
    @Bean
    ModelResolver ledgerModelNames() {
        return new ModelResolver(Json.mapper(), new NestedTypeNames());
    }

    @Bean
    OpenApiCustomizer ledgerContract() {
        return new ContractCustomizer(ApiCatalog.load());
    }
}
