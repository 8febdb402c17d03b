package org.homeward.languages;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.homeward.i18n.Bundle;
import org.homeward.i18n.Messages;
import org.homeward.organisations.Organisation;
import org.homeward.people.UserAccount;
import org.homeward.support.ApiClient;
import org.homeward.support.People;
import org.homeward.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The API answers in the caller's language: saved language first, then the device's. */
@MicronautTest(transactional = false)
class ApiLanguageTest {

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    TestDatabase database;
    @Inject
    People people;
    @Inject
    Messages messages;

    ApiClient api;

    @BeforeEach
    void setUp() {
        database.clean();
        api = new ApiClient(http);
    }

    @Test
    void validationErrorAskedForInVietnameseHasAVietnameseTitle() {
        HttpResponse<Map<String, Object>> response = api.exchange(HttpRequest.POST("/api/v1/auth/login", Map.of())
                .header("Accept-Language", "vi-VN,vi;q=0.9"));
        Map<String, Object> problem = ApiClient.body(response);
        String vietnamese = messages.get(Bundle.API, Locale.forLanguageTag("vi"), "problem.invalid-request.title");
        assertEquals(400, response.code());
        assertEquals(vietnamese, problem.get("title"));
        assertNotEquals(messages.get(Bundle.API, Locale.ENGLISH, "problem.invalid-request.title"), vietnamese);
    }

    @Test
    void signedInRomanianSpeakerGetsRomanianWhateverTheDeviceAsks() {
        Organisation org = people.anOrganisation();
        UserAccount ana = people.aParticipant(org).speaking("ro").build();
        String token = api.login(ana.username(), People.PASSWORD);
        HttpResponse<Map<String, Object>> response = api.exchange(HttpRequest.GET("/api/v1/participants/unknown-id")
                .bearerAuth(token).header("Accept-Language", "en-GB,en;q=0.9"));
        assertEquals(404, response.code());
        assertEquals(messages.get(Bundle.API, Locale.forLanguageTag("ro"), "problem.not-found.title"),
                ApiClient.body(response).get("title"));
    }

    @Test
    void languageChangeAppliesToTheVeryNextAnswer() {
        Organisation org = people.anOrganisation();
        UserAccount ana = people.aParticipant(org).speaking("ro").build();
        String token = api.login(ana.username(), People.PASSWORD);
        api.exchange(HttpRequest.PUT("/api/v1/me/language", Map.of("language", "fa")).bearerAuth(token));
        HttpResponse<Map<String, Object>> response = api.get("/api/v1/participants/unknown-id", token);
        assertEquals(messages.get(Bundle.API, Locale.forLanguageTag("fa"), "problem.not-found.title"),
                ApiClient.body(response).get("title"));
    }

    @Test
    void phoneAppCanListTheLanguagesByTheirOwnNamesWithDirection() {
        HttpResponse<Map<String, Object>> response = api.get("/api/v1/languages", null);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) ApiClient.body(response).get("items");
        assertEquals(20, items.size());
        assertTrue(items.contains(Map.of("tag", "ro", "nativeName", "Română", "direction", "ltr")));
        assertTrue(items.contains(Map.of("tag", "fa", "nativeName", "فارسی", "direction", "rtl")));
        assertTrue(items.contains(Map.of("tag", "sr-Latn", "nativeName", "Srpski (latinica)", "direction", "ltr")));
    }
}
