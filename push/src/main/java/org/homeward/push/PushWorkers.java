package org.homeward.push;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.homeward.push.outbox.DispatchSignal;
import org.homeward.push.outbox.Dispatcher;
import org.homeward.push.reminders.ReminderQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntSupplier;

/**
 * The background work of this process: dispatchers that send due messages, and one loop that
 * queues reminders ahead of time. Each takes a batch and the next at once, and waits only when
 * nothing is due. Other processes may run theirs too; SKIP LOCKED keeps the batches apart.
 * Off with {@code homeward.push.dispatch-enabled=false} (tests drive the same steps by hand).
 */
@Singleton
@Requires(property = "homeward.push.dispatch-enabled", notEquals = "false")
public class PushWorkers implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(PushWorkers.class);
    private static final Duration REMINDER_WAIT = Duration.ofSeconds(5);

    private final Dispatcher dispatcher;
    private final ReminderQueue reminders;
    private final DispatchSignal signal;
    private final PushSettings settings;
    private final AtomicBoolean running = new AtomicBoolean();
    private ExecutorService threads;

    public PushWorkers(Dispatcher dispatcher, ReminderQueue reminders, DispatchSignal signal, PushSettings settings) {
        this.dispatcher = dispatcher;
        this.reminders = reminders;
        this.signal = signal;
        this.settings = settings;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        int dispatchers = settings.getDispatchers();
        threads = Executors.newFixedThreadPool(dispatchers + 1, runnable -> {
            Thread thread = new Thread(runnable, "push-worker");
            thread.setDaemon(true);
            return thread;
        });
        threads.submit(() -> loop("reminders", reminders::queueBatch, REMINDER_WAIT));
        for (int i = 0; i < dispatchers; i++) {
            threads.submit(() -> loop("dispatch", dispatcher::dispatchBatch, settings.getIdleWait()));
        }
        LOG.info("{} push dispatchers started; gateway: {}", dispatchers, dispatcher.gatewayName());
    }

    private void loop(String name, IntSupplier step, Duration idle) {
        while (running.get()) {
            try {
                long seen = signal.generation();
                if (step.getAsInt() == 0) {
                    signal.awaitAfter(seen, idle);
                }
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException failure) {
                // The database or the gateway is away: the batch rolled back, nothing is lost; try again shortly.
                LOG.warn("push {} failed: {}", name, failure.toString());
                if (!pause(Math.max(1000, idle.toMillis()))) {
                    return;
                }
            }
        }
    }

    private static boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        running.set(false);
        if (threads != null) {
            threads.shutdownNow();
            threads.awaitTermination(10, TimeUnit.SECONDS);
        }
    }
}
