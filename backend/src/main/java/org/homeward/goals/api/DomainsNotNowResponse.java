package org.homeward.goals.api;

import io.micronaut.serde.annotation.Serdeable;
import org.homeward.goals.DomainSetAside;

import java.util.List;

/** The domains set aside for now, in the order of the life domains (never more than thirteen). */
@Serdeable
public record DomainsNotNowResponse(List<DomainSetAside> domains) {
}
