package org.homeward.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** The title and security scheme of the OpenAPI document generated at build time. */
@OpenAPIDefinition(info = @Info(title = "Homeward API", version = "1",
        description = "The JSON API of Homeward for the phone app. Errors are RFC 7807 problem JSON in the caller's language."
                + "\n\nEvery POST (except under /api/v1/auth, and POST /api/v1/me/calendar-link, whose answer holds a"
                + " fresh secret link: a retry there makes a new link and revokes the one before) accepts an"
                + " `Idempotency-Key` header: 1 to 100 visible"
                + " ASCII characters, best a new UUID per write. A retry with the same key, path and body gets the"
                + " stored success again, marked `Idempotent-Replayed: true`, without writing twice; the same key"
                + " with another body or path gets 422, and a retry while the first request still runs gets 409"
                + " (retry shortly). Failures are not stored, so a corrected request may reuse the key. Keys are"
                + " kept per user for 24 hours."))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
final class ApiDocumentation {

    private ApiDocumentation() {
    }
}
