package org.homeward.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** The title and security scheme of the OpenAPI document generated at build time. */
@OpenAPIDefinition(info = @Info(title = "Homeward API", version = "1",
        description = "The JSON API of Homeward for the phone app. Errors are RFC 7807 problem JSON in the caller's language."))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
final class ApiDocumentation {

    private ApiDocumentation() {
    }
}
