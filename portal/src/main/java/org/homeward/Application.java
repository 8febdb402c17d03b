package org.homeward;

import io.micronaut.runtime.Micronaut;

/** Starts Homeward: one Micronaut process serving the JSON API under /api and the portal under /. */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        Micronaut.build(args).mainClass(Application.class).banner(false).start();
    }
}
