package org.homeward.idempotency;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes that only tests make: one that fails with an unexpected exception, and one that waits
 * until the test lets it finish, so a second request can arrive while the first is still running.
 * Each counts how often it ran.
 */
@Hidden
@Requires(env = Environment.TEST)
@Controller("/api/v1/test-writes")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class TestWritesController {

    private final AtomicInteger runs = new AtomicInteger();
    private volatile CountDownLatch entered = new CountDownLatch(1);
    private volatile CountDownLatch release = new CountDownLatch(0);

    @Post("/failing")
    public HttpResponse<Map<String, Object>> failing(@Body Note note) {
        runs.incrementAndGet();
        throw new IllegalStateException("a failure nobody expected");
    }

    @Post("/slow")
    public HttpResponse<Map<String, Object>> slow(@Body Note note) throws InterruptedException {
        int run = runs.incrementAndGet();
        entered.countDown();
        if (!release.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the test never let the write finish");
        }
        return HttpResponse.created(Map.of("run", run, "text", note.text()));
    }

    /** Resets the count; the next slow write waits until {@link #letTheWriteFinish()}. */
    void reset() {
        runs.set(0);
        entered = new CountDownLatch(1);
        release = new CountDownLatch(1);
    }

    boolean awaitWriteStarted() throws InterruptedException {
        return entered.await(10, TimeUnit.SECONDS);
    }

    void letTheWriteFinish() {
        release.countDown();
    }

    int runs() {
        return runs.get();
    }

    @Serdeable
    public record Note(String text) {
    }
}
