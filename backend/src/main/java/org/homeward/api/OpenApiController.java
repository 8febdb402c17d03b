package org.homeward.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Serves the OpenAPI 3 document that the build generates from the controllers. Public. */
@Hidden
@Controller("/api")
@Secured(SecurityRule.IS_ANONYMOUS)
public class OpenApiController {

    static final String DOCUMENT = "META-INF/swagger/homeward-api.yml";

    private final Optional<String> document = load();

    @Get(value = "/openapi.yml", produces = "application/yaml")
    public HttpResponse<String> openApi() {
        return document.map(text -> HttpResponse.ok(text).contentType(MediaType.of("application/yaml")))
                .orElseGet(HttpResponse::notFound);
    }

    private static Optional<String> load() {
        URL resource = OpenApiController.class.getClassLoader().getResource(DOCUMENT);
        if (resource == null) {
            return Optional.empty();
        }
        try (InputStream in = resource.openStream()) {
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
