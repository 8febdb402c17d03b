package org.homeward.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a route whose answer carries a fresh secret (a private link, a token). Such an answer is
 * never stored for {@code Idempotency-Key} replays: the secret must exist only as a hash on our
 * side. A retry runs the route again, so it must be safe to repeat (for example by replacing the
 * secret it made before).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface SecretInResponse {
}
