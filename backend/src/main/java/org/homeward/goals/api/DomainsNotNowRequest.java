package org.homeward.goals.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import org.homeward.common.DomainException;
import org.homeward.common.LifeDomain;

import java.util.ArrayList;
import java.util.List;

/**
 * Every domain the participant sets aside for now; a domain left out is open again. The names are
 * read here rather than by the JSON decoder, so an unknown one is refused naming {@code domains}.
 */
@Serdeable
public record DomainsNotNowRequest(
        @Nullable @ArraySchema(schema = @Schema(implementation = LifeDomain.class)) List<String> domains) {

    List<LifeDomain> toDomains() {
        if (domains == null) {
            throw DomainException.invalidField("domains", "field.required");
        }
        List<LifeDomain> read = new ArrayList<>();
        for (String name : domains) {
            try {
                read.add(LifeDomain.valueOf(name));
            } catch (IllegalArgumentException | NullPointerException unknown) {
                throw DomainException.invalidField("domains", "validation.unknownValue");
            }
        }
        return read;
    }
}
