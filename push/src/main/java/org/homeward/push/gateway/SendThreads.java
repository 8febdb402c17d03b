package org.homeward.push.gateway;

import com.google.firebase.FirebaseApp;
import com.google.firebase.ThreadManager;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads on which the SDK sends. {@code sendEach} submits one blocking HTTP call per message
 * to the app's executor, so the pool size is the number of requests in flight and so bounds the
 * throughput (in-flight / latency). The SDK's default is one process-wide pool of 100 threads shared
 * by all apps; this one belongs to one app, is sized by us, and ends with it.
 */
final class SendThreads extends ThreadManager {

    private static final AtomicInteger POOLS = new AtomicInteger();

    private final int threads;

    SendThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be positive, was " + threads);
        }
        this.threads = threads;
    }

    @Override
    protected ExecutorService getExecutor(FirebaseApp app) {
        ThreadPoolExecutor executor = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), getThreadFactory());
        executor.allowCoreThreadTimeOut(true); // an idle gateway holds no threads
        return executor;
    }

    @Override
    protected void releaseExecutor(FirebaseApp app, ExecutorService executor) {
        executor.shutdownNow();
    }

    @Override
    protected ThreadFactory getThreadFactory() {
        String prefix = "fcm-send-" + POOLS.incrementAndGet() + "-";
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
