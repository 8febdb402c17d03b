package org.homeward.support;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;

import java.util.Map;

/**
 * A phone app's view of the API: sends requests and returns responses whatever their status,
 * so tests assert on problems as easily as on successes.
 */
public final class ApiClient {

    private static final Argument<Map<String, Object>> JSON_MAP = Argument.mapOf(String.class, Object.class);

    private final BlockingHttpClient client;

    public ApiClient(HttpClient client) {
        this.client = client.toBlocking();
    }

    public HttpResponse<Map<String, Object>> exchange(MutableHttpRequest<?> request) {
        try {
            return client.exchange(request, JSON_MAP, JSON_MAP);
        } catch (HttpClientResponseException e) {
            @SuppressWarnings("unchecked")
            HttpResponse<Map<String, Object>> response = (HttpResponse<Map<String, Object>>) e.getResponse();
            return response;
        }
    }

    public HttpResponse<Map<String, Object>> get(String path, String accessToken) {
        MutableHttpRequest<?> request = HttpRequest.GET(path);
        if (accessToken != null) {
            request.bearerAuth(accessToken);
        }
        return exchange(request);
    }

    public HttpResponse<Map<String, Object>> post(String path, Object body, String accessToken) {
        MutableHttpRequest<?> request = HttpRequest.POST(path, body);
        if (accessToken != null) {
            request.bearerAuth(accessToken);
        }
        return exchange(request);
    }

    public HttpResponse<Map<String, Object>> put(String path, Object body, String accessToken) {
        MutableHttpRequest<?> request = HttpRequest.PUT(path, body);
        if (accessToken != null) {
            request.bearerAuth(accessToken);
        }
        return exchange(request);
    }

    public HttpResponse<Map<String, Object>> delete(String path, String accessToken) {
        MutableHttpRequest<?> request = HttpRequest.DELETE(path);
        if (accessToken != null) {
            request.bearerAuth(accessToken);
        }
        return exchange(request);
    }

    public String login(String username, String password) {
        HttpResponse<Map<String, Object>> response = post("/api/v1/auth/login",
                Map.of("username", username, "password", password), null);
        if (response.code() != 200) {
            throw new AssertionError("login failed for " + username + ": " + response.code() + " "
                    + response.getBody(JSON_MAP).orElse(null));
        }
        return (String) response.body().get("access_token");
    }

    public static Map<String, Object> body(HttpResponse<Map<String, Object>> response) {
        return response.getBody(JSON_MAP).orElseThrow(() -> new AssertionError("no body, status " + response.code()));
    }
}
