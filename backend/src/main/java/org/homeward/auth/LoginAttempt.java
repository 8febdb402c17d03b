package org.homeward.auth;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("login_attempts")
public record LoginAttempt(@Id String usernameKey, int failures, Instant lastFailureAt) {
}
