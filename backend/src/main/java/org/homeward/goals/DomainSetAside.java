package org.homeward.goals;

import io.micronaut.serde.annotation.Serdeable;
import org.homeward.common.LifeDomain;

import java.time.Instant;

/** A life domain the participant marked "not now", and since when. */
@Serdeable
public record DomainSetAside(LifeDomain domain, String icon, Instant since) {
}
