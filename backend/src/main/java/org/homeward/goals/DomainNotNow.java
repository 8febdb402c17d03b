package org.homeward.goals;

import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import org.homeward.common.LifeDomain;

import java.time.Instant;

/** A life domain the participant has set aside for now: nobody should push goals there until they open it again. */
@MappedEntity("domains_not_now")
record DomainNotNow(@EmbeddedId Key key, String organisationId, Instant since) {

    @Embeddable
    record Key(@MappedProperty("participant_id") String participantId, @MappedProperty("domain") LifeDomain domain) {
    }
}
