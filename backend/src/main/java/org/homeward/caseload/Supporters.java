package org.homeward.caseload;

import jakarta.inject.Singleton;
import org.homeward.people.UserAccount;
import org.homeward.people.UserAccountRepository;
import org.homeward.sharing.PeopleAround;
import org.homeward.sharing.Supporter;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/** The caseworkers assigned to a participant and the mentors matched with them today. */
@Singleton
class Supporters implements PeopleAround {

    private final CaseAssignmentRepository assignments;
    private final MentorMatchRepository matches;
    private final UserAccountRepository users;
    private final Clock clock;

    Supporters(CaseAssignmentRepository assignments, MentorMatchRepository matches, UserAccountRepository users,
               Clock clock) {
        this.assignments = assignments;
        this.matches = matches;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public List<Supporter> of(String participantId) {
        LocalDate today = LocalDate.now(clock);
        List<String> ids = Stream.concat(
                assignments.findByParticipantIdAndEndedAtIsNull(participantId).stream().map(CaseAssignment::caseworkerId),
                matches.findByParticipantId(participantId).stream().filter(match -> match.isActiveOn(today))
                        .map(MentorMatch::mentorId)).distinct().toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return users.findByIdInListOrderByDisplayName(ids).stream()
                .map(person -> new Supporter(person.id(), person.displayName(), person.role()))
                .toList();
    }
}
