package org.homeward.organisations;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** An agency. Every row of case data carries the organisation it belongs to. */
@MappedEntity("organisations")
public record Organisation(@Id String id, String name, String defaultLanguage, Instant createdAt) {
}
