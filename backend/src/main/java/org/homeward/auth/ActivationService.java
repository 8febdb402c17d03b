package org.homeward.auth;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.homeward.common.DomainException;
import org.homeward.common.Ids;
import org.homeward.people.AccountStatus;
import org.homeward.people.UserAccount;
import org.homeward.people.UserAccountRepository;
import org.homeward.people.Usernames;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One-time activation codes: a caseworker hands one over with an invitation, and the person uses it
 * once, within 72 hours, to choose their password. Wrong, expired and used codes get the same answer.
 */
@Singleton
public class ActivationService {

    public static final Duration VALIDITY = Duration.ofHours(72);

    private final ActivationCodeRepository codes;
    private final ActivationCodes codeMaker;
    private final UserAccountRepository users;
    private final PasswordPolicy passwordPolicy;
    private final PasswordHasher hasher;
    private final Clock clock;

    public ActivationService(ActivationCodeRepository codes, ActivationCodes codeMaker, UserAccountRepository users,
                             PasswordPolicy passwordPolicy, PasswordHasher hasher, Clock clock) {
        this.codes = codes;
        this.codeMaker = codeMaker;
        this.users = users;
        this.passwordPolicy = passwordPolicy;
        this.hasher = hasher;
        this.clock = clock;
    }

    /** Creates a fresh code for an invited account, retiring any earlier one. Returns the code and its expiry. */
    @Transactional
    public IssuedCode issueFor(UserAccount invited, String issuedBy) {
        Instant now = clock.instant();
        codes.retireAllFor(invited.id(), now);
        String code = codeMaker.newCode();
        Instant expiresAt = now.plus(VALIDITY);
        codes.save(new ActivationCode(Ids.newId(), invited.organisationId(), invited.id(),
                TokenHashes.sha256(codeMaker.normalise(code)), issuedBy, now, expiresAt, null));
        return new IssuedCode(code, expiresAt);
    }

    /** Activates the invited account and returns who is now signed in. */
    @Transactional
    public SignedInUser activate(String typedCode, String typedUsername, String password) {
        Instant now = clock.instant();
        Optional<ActivationCode> code = codes.findByCodeHash(TokenHashes.sha256(codeMaker.normalise(typedCode)))
                .filter(c -> c.isUsableAt(now));
        UserAccount user = code.flatMap(c -> users.findById(c.userId()))
                .filter(u -> u.status() == AccountStatus.INVITED)
                .orElseThrow(ActivationService::codeNotValid);
        String username = Usernames.normalise(typedUsername);
        Usernames.check(username);
        if (user.username() != null && !user.username().equals(username)) {
            // The code belongs to another username: answer as for a wrong code.
            throw codeNotValid();
        }
        if (user.username() == null && users.existsByUsername(username)) {
            throw DomainException.invalidField("username", "username.taken");
        }
        passwordPolicy.check(password, username);
        if (codes.markUsed(code.get().id(), now) == 0) {
            throw codeNotValid();
        }
        UserAccount activated = user.activated(username, hasher.hash(password));
        users.update(activated);
        return TokenService.signedIn(activated);
    }

    private static DomainException codeNotValid() {
        return DomainException.invalidField("code", "activation.codeNotValid");
    }

    public record IssuedCode(String code, Instant expiresAt) {
    }
}
