package org.homeward;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

/** Starts Homeward: one Micronaut process serving the JSON API under /api and the portal under /. */
@OpenAPIDefinition(info = @Info(title = "Homeward API", version = "1"))
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        Micronaut.build(args).mainClass(Application.class).banner(false).start();
    }
}
