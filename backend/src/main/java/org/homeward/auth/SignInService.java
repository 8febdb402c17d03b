package org.homeward.auth;

import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;
import org.homeward.common.DomainException;
import org.homeward.common.ProblemKind;
import org.homeward.people.UserAccount;
import org.homeward.people.UserAccountRepository;

import java.util.Locale;
import java.util.Optional;

/**
 * Checks a username and password, for the API and the portal alike. Every failure looks the same,
 * whether the username is unknown, the account not yet activated, or the password wrong.
 */
@Singleton
public class SignInService {

    static final String DEMO_PASSWORD = "homeward-demo";

    private final UserAccountRepository users;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final boolean demoPasswordAllowed;

    public SignInService(UserAccountRepository users, PasswordHasher hasher, LoginThrottle throttle,
                         Environment environment) {
        this.users = users;
        this.hasher = hasher;
        this.throttle = throttle;
        this.demoPasswordAllowed = environment.getActiveNames().contains(Environment.DEVELOPMENT);
    }

    public SignedInUser signIn(String username, String password) {
        String normalised = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        throttle.checkAllowed(normalised);
        Optional<UserAccount> account = normalised.isEmpty() ? Optional.empty() : users.findByUsername(normalised);
        boolean ok;
        if (account.isPresent() && account.get().isActive() && password != null) {
            ok = hasher.matches(password, account.get().passwordHash());
        } else {
            hasher.checkDecoy(password == null ? "" : password);
            ok = false;
        }
        if (ok && !demoPasswordAllowed && DEMO_PASSWORD.equals(password)) {
            // The published demo password must never open an account outside dev mode.
            ok = false;
        }
        if (!ok) {
            throttle.recordFailure(normalised);
            throw new DomainException(ProblemKind.UNAUTHORIZED, "login.failed");
        }
        throttle.recordSuccess(normalised);
        UserAccount user = account.get();
        return new SignedInUser(user.id(), user.organisationId(), user.role(), user.displayName(), user.language());
    }
}
