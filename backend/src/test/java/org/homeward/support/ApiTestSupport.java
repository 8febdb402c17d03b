package org.homeward.support;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every HTTP test of the API starts from: an empty database, the real clock, a client and the
 * plan helpers. Subclasses are {@code @MicronautTest(transactional = false)} and build their own people.
 */
public abstract class ApiTestSupport {

    @Inject
    @Client("/")
    protected HttpClient http;
    @Inject
    protected TestDatabase database;
    @Inject
    protected People people;
    @Inject
    protected TestClock clock;

    protected ApiClient api;
    protected Plans plans;

    @BeforeEach
    void startFromNothing() {
        clock.reset();
        database.clean();
        api = new ApiClient(http);
        plans = new Plans(api);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }
}
