package org.homeward.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;
import org.homeward.contacts.ContactRelation;
import org.homeward.contacts.HotlineService;
import org.homeward.contacts.NewHotline;
import org.homeward.contacts.NewTrustedContact;
import org.homeward.contacts.TrustedContactService;
import org.homeward.people.Caller;
import org.homeward.people.UserAccount;

import java.util.List;

/**
 * The demo organisation's hotlines and a few trusted contacts, one of them marked unsafe, written
 * through the services as an admin and the participants would. The numbers are from the ranges
 * Ofcom keeps for drama: they reach nobody.
 */
@Singleton
@Requires(env = Environment.DEVELOPMENT)
public class DemoContacts {

    private final HotlineService hotlines;
    private final TrustedContactService trusted;

    public DemoContacts(HotlineService hotlines, TrustedContactService trusted) {
        this.hotlines = hotlines;
        this.trusted = trusted;
    }

    public void prepare(UserAccount admin, UserAccount ana, UserAccount omar) {
        Caller organisation = caller(admin);
        hotlines.add(organisation, new NewHotline("National Crisis Line", "+44 808 157 0100", "+44 7700 900100",
                "Day and night, every day", List.of("en", "es", "pt", "fr", "pl", "ro", "ar", "fa", "vi", "zh-Hans"),
                "United Kingdom", 1));
        hotlines.add(organisation, new NewHotline("Safe Support Line", "+44 808 157 0200", "+44 7700 900200",
                "Mon–Fri 08:00–20:00, Sat 10:00–16:00", List.of("en", "ro", "bg", "sq", "vi", "ar", "uk", "ru"),
                "England and Wales", 2));
        hotlines.add(organisation, new NewHotline("Riverside on-call", "+44 20 7946 0300", null,
                "Evenings and weekends, 18:00–08:00", List.of("en"), "Riverside", 3));

        trusted.add(caller(ana), new NewTrustedContact("Ioana", ContactRelation.FAMILY, "+44 7700 900401", null));
        trusted.add(caller(ana), new NewTrustedContact("Father Mihai", ContactRelation.FAITH_COMMUNITY,
                "+44 113 496 0402", null));
        trusted.add(caller(ana), new NewTrustedContact("Dan", ContactRelation.OTHER, "+44 7700 900403", true));
        trusted.add(caller(omar), new NewTrustedContact("Karim", ContactRelation.FRIEND, "+44 7700 900404", null));
    }

    private static Caller caller(UserAccount person) {
        return new Caller(person.id(), person.organisationId(), person.role());
    }
}
