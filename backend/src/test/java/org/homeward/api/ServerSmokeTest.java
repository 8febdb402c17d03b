package org.homeward.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.homeward.support.ApiClient;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class ServerSmokeTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void healthAndOpenApiAreServedUnderApi() {
        ApiClient api = new ApiClient(http);
        HttpResponse<Map<String, Object>> health = api.get("/api/health", null);
        System.out.println("HEALTH " + health.code() + " " + health.getBody(String.class));
        HttpResponse<Map<String, Object>> me = api.get("/api/v1/me", null);
        System.out.println("ME " + me.code() + " " + me.getBody(String.class) + " " + me.getHeaders().asMap());
        assertEquals(200, health.code());
        assertEquals(401, me.code());
    }
}
