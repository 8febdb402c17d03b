package org.homeward.push.bench;

import com.google.firebase.internal.ApacheHttp2Transport;
import com.sun.management.OperatingSystemMXBean;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.io.CloseMode;
import org.homeward.push.fakefcm.FakeFcmServer;
import org.homeward.push.fakefcm.FakeFcmServerMain;
import org.homeward.push.gateway.Delivery;
import org.homeward.push.gateway.DeliveryOutcome;
import org.homeward.push.gateway.FcmEndpoint;
import org.homeward.push.gateway.FirebaseGateway;
import org.homeward.push.gateway.PushGateway;
import org.homeward.push.gateway.PushMessage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Throughput probe, not a test: starts a {@link FakeFcmServer} and measures (a) a bare JDK
 * HttpClient posting FCM-like messages over HTTP/1.1 (the protocol the SDK speaks to the fake) with
 * many requests in flight, and (b) {@link FirebaseGateway#send} in batches of 500, each for a fixed
 * time after a warm-up, printing messages/s and CPU use. See bench/push-gateway/README.md.
 *
 * <p>System properties: {@code run} (bare, gateway, both; apache: the SDK's HTTP client alone), {@code warmup} and {@code seconds},
 * {@code server} (process: the fake in a JVM of its own, so its CPU is counted apart; inline),
 * {@code serverThreads} (fake server handlers), {@code inFlight} (bare client concurrency),
 * {@code sendThreads} (SDK executor threads), {@code callers} (threads calling send at once).
 */
public final class GatewayThroughput {

    private static final String PROJECT = "bench-project";
    private static final OperatingSystemMXBean OS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private GatewayThroughput() {
    }

    public static void main(String[] args) throws Exception {
        String run = System.getProperty("run", "both");
        Duration warmup = Duration.ofSeconds(Integer.getInteger("warmup", 10));
        Duration measure = Duration.ofSeconds(Integer.getInteger("seconds", 20));
        int serverThreads = Integer.getInteger("serverThreads", 4);
        boolean ownProcess = "process".equals(System.getProperty("server", "process"));
        System.out.printf("cores %d, fake server %s with %d handler threads, warm-up %ds, measured %ds%n",
                Runtime.getRuntime().availableProcessors(), ownProcess ? "in its own JVM" : "in this JVM",
                serverThreads, warmup.toSeconds(), measure.toSeconds());
        String target = System.getProperty("target");
        try (Server fcm = target != null ? Server.external(URI.create(target))
                : ownProcess ? Server.process(serverThreads) : Server.inline(serverThreads)) {
            int inFlight = Integer.getInteger("inFlight", 100);
            if (run.equals("both") || run.equals("bare")) {
                bare(fcm, inFlight, warmup, measure);
            }
            if (run.equals("apache")) {
                apache(fcm, inFlight, warmup, measure);
            }
            if (run.equals("both") || run.equals("gateway")) {
                gateway(fcm, Integer.getInteger("sendThreads", FcmEndpoint.DEFAULT_SEND_THREADS),
                        Integer.getInteger("callers", 2), warmup, measure);
            }
        }
    }

    /** The fake server, in this JVM or in a child JVM whose CPU time we can read apart. */
    private record Server(URI baseUrl, LongSupplier cpuNanos, AutoCloseable stop) implements AutoCloseable {

        /** A fake server someone else started (bench/push.sh): the same server Homeward sends to. */
        static Server external(URI baseUrl) {
            return new Server(baseUrl, () -> -1, () -> { });
        }

        static Server inline(int threads) {
            FakeFcmServer server = FakeFcmServer.start(threads);
            server.recording(false);
            return new Server(server.baseUrl(), () -> -1, server);
        }

        static Server process(int threads) throws IOException {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"),
                    FakeFcmServerMain.class.getName(), Integer.toString(threads))
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            if (line == null || !line.startsWith("READY ")) {
                child.destroy();
                throw new IllegalStateException("The fake FCM server did not start: " + line);
            }
            Path stat = Path.of("/proc", Long.toString(child.pid()), "stat");
            return new Server(URI.create(line.substring(6)), () -> processCpuNanos(stat), child::destroy);
        }

        @Override
        public void close() throws Exception {
            stop.close();
        }
    }

    /** The ceiling: plain HTTP/1.1 posts of a typical message body, {@code inFlight} at a time. */
    private static void bare(Server fcm, int inFlight, Duration warmup, Duration measure) throws Exception {
        ExecutorService callbacks = Executors.newFixedThreadPool(2);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(callbacks).build();
        URI url = sendUrl(fcm);
        String body = BODY;
        Semaphore slots = new Semaphore(inFlight);
        AtomicLong done = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sender = new Thread(() -> {
            long n = 0;
            while (running.get()) {
                try {
                    slots.acquire();
                } catch (InterruptedException e) {
                    return;
                }
                n++;
                HttpRequest request = HttpRequest.newBuilder(url)
                        .header("Authorization", "Bearer " + FakeFcmServer.ACCESS_TOKEN)
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(String.format(body, n, n, n, token(n))))
                        .build();
                client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).whenComplete((response, error) -> {
                    if (error == null && response.statusCode() == 200) {
                        done.incrementAndGet();
                    } else {
                        failed.incrementAndGet();
                    }
                    slots.release();
                });
            }
        }, "bare-sender");
        sender.start();
        double rate = measure("bare JDK HttpClient, HTTP/1.1, " + inFlight + " in flight", done::get, fcm, warmup, measure);
        running.set(false);
        sender.join();
        slots.acquire(inFlight);
        callbacks.shutdown();
        System.out.printf("bare: %.0f messages/s (%d failed)%n%n", rate, failed.get());
    }

    /**
     * The SDK's own HTTP client (Apache HttpClient 5 async, built with the SDK's defaults) without
     * the SDK around it: what the transport alone costs.
     */
    private static void apache(Server fcm, int inFlight, Duration warmup, Duration measure) throws Exception {
        CloseableHttpAsyncClient client = ApacheHttp2Transport.defaultHttpAsyncClientBuilder().build();
        client.start();
        String url = sendUrl(fcm).toString();
        Semaphore slots = new Semaphore(inFlight);
        AtomicLong done = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sender = new Thread(() -> {
            long n = 0;
            while (running.get()) {
                try {
                    slots.acquire();
                } catch (InterruptedException e) {
                    return;
                }
                n++;
                SimpleHttpRequest request = SimpleRequestBuilder.post(url)
                        .addHeader("Authorization", "Bearer " + FakeFcmServer.ACCESS_TOKEN)
                        .setBody(String.format(BODY, n, n, n, token(n)), ContentType.APPLICATION_JSON)
                        .build();
                client.execute(request, new FutureCallback<SimpleHttpResponse>() {
                    @Override
                    public void completed(SimpleHttpResponse response) {
                        (response.getCode() == 200 ? done : failed).incrementAndGet();
                        slots.release();
                    }

                    @Override
                    public void failed(Exception e) {
                        failed.incrementAndGet();
                        slots.release();
                    }

                    @Override
                    public void cancelled() {
                        failed.incrementAndGet();
                        slots.release();
                    }
                });
            }
        }, "apache-sender");
        sender.start();
        double rate = measure("bare Apache HttpClient 5 async (the SDK's client), HTTP/1.1, " + inFlight + " in flight",
                done::get, fcm, warmup, measure);
        running.set(false);
        sender.join();
        slots.acquire(inFlight);
        client.close(CloseMode.GRACEFUL);
        System.out.printf("apache: %.0f messages/s (%d failed)%n%n", rate, failed.get());
    }

    private static URI sendUrl(Server fcm) {
        return fcm.baseUrl().resolve("/v1/projects/" + PROJECT + "/messages:send");
    }

    /** About what the SDK sends for one of our messages. */
    private static final String BODY = "{\"message\":{\"android\":{\"notification\":{\"tag\":\"m-%d\"},\"priority\":\"normal\"},"
            + "\"apns\":{\"headers\":{\"apns-push-type\":\"alert\",\"apns-collapse-id\":\"m-%d\",\"apns-priority\":\"5\"},"
            + "\"payload\":{\"aps\":{}}},\"data\":{\"messageId\":\"m-%d\",\"taskId\":\"1234\"},"
            + "\"notification\":{\"body\":\"Your appointment is tomorrow at 10:00\",\"title\":\"Appointment\"},"
            + "\"token\":\"%s\"}}";

    /** Through the SDK: FirebaseGateway.send with batches of 500, from {@code callers} threads. */
    private static void gateway(Server fcm, int sendThreads, int callers, Duration warmup, Duration measure)
            throws Exception {
        AtomicLong delivered = new AtomicLong();
        AtomicLong other = new AtomicLong();
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> threads = new ArrayList<>();
        try (FirebaseGateway gateway = FirebaseGateway.open(
                new FcmEndpoint(fcm.baseUrl(), FakeFcmServer.fixedToken(), PROJECT, sendThreads))) {
            for (int c = 0; c < callers; c++) {
                int caller = c;
                Thread thread = new Thread(() -> {
                    long batchNumber = 0;
                    while (running.get()) {
                        List<PushMessage> batch = batch(caller, batchNumber++);
                        for (Delivery delivery : gateway.send(batch)) {
                            (delivery.outcome() == DeliveryOutcome.DELIVERED ? delivered : other).incrementAndGet();
                        }
                    }
                }, "caller-" + c);
                thread.start();
                threads.add(thread);
            }
            double rate = measure("FirebaseGateway.send, batches of " + PushGateway.MAX_BATCH + ", "
                    + sendThreads + " SDK send threads, " + callers + " caller(s)", delivered::get, fcm, warmup, measure);
            running.set(false);
            for (Thread thread : threads) {
                thread.join();
            }
            System.out.printf("gateway: %.0f messages/s (%d not delivered)%n%n", rate, other.get());
        }
    }

    private static List<PushMessage> batch(int caller, long number) {
        List<PushMessage> batch = new ArrayList<>(PushGateway.MAX_BATCH);
        for (int i = 0; i < PushGateway.MAX_BATCH; i++) {
            long n = number * PushGateway.MAX_BATCH + i;
            batch.add(new PushMessage("m-" + caller + "-" + n, token(n), "Appointment",
                    "Your appointment is tomorrow at 10:00", Map.of("taskId", "1234"), false));
        }
        return batch;
    }

    /** About as long as a real FCM registration token (~160 characters). */
    private static String token(long n) {
        return "dQw4w9WgXcQ:APA91bH" + "x".repeat(130) + String.format("%012d", n);
    }

    /** CPU time (user + system) of another process, from /proc; clock ticks taken as 1/100 s. */
    private static long processCpuNanos(Path stat) {
        try {
            String text = Files.readString(stat);
            String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10_000_000L;
        } catch (IOException | RuntimeException gone) {
            return -1;
        }
    }

    /** User and system CPU ticks of this process (Linux /proc), to see how much goes to syscalls. */
    private static long[] userSystemTicks() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return new long[] {Long.parseLong(fields[11]), Long.parseLong(fields[12])};
        } catch (IOException | RuntimeException notLinux) {
            return new long[] {0, 0};
        }
    }

    /** Waits out the warm-up, then counts for the measured time, printing every 5 s. */
    private static double measure(String what, LongSupplier count, Server server, Duration warmup, Duration measure)
            throws InterruptedException {
        System.out.println(what);
        TimeUnit.MILLISECONDS.sleep(warmup.toMillis());
        long startCount = count.getAsLong();
        long startNanos = System.nanoTime();
        long startCpu = OS.getProcessCpuTime();
        long[] startTicks = userSystemTicks();
        long startServerCpu = server.cpuNanos().getAsLong();
        long lastCount = startCount;
        long lastNanos = startNanos;
        long end = startNanos + measure.toNanos();
        double machineBusy = 0;
        int samples = 0;
        while (System.nanoTime() < end) {
            TimeUnit.MILLISECONDS.sleep(Math.min(5_000, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
            long nowCount = count.getAsLong();
            long nowNanos = System.nanoTime();
            double machine = OS.getCpuLoad();
            machineBusy += machine;
            samples++;
            System.out.printf("  %6.0f messages/s, machine %3.0f%% busy%n",
                    (nowCount - lastCount) * 1e9 / (nowNanos - lastNanos), machine * 100);
            lastCount = nowCount;
            lastNanos = nowNanos;
        }
        double seconds = (lastNanos - startNanos) / 1e9;
        double rate = (lastCount - startCount) / seconds;
        double cpuCores = (OS.getProcessCpuTime() - startCpu) / 1e9 / seconds;
        long[] endTicks = userSystemTicks();
        long user = endTicks[0] - startTicks[0];
        long system = endTicks[1] - startTicks[1];
        System.out.printf("  => %.0f messages/s; this JVM used %.2f of %d cores "
                        + "(%.0f%% in the kernel), %.0f µs CPU per message; machine %.0f%% busy on average%n",
                rate, cpuCores, Runtime.getRuntime().availableProcessors(),
                user + system == 0 ? 0.0 : system * 100.0 / (user + system), cpuCores * 1e6 / rate,
                machineBusy / samples * 100);
        long serverCpu = server.cpuNanos().getAsLong() - startServerCpu;
        if (startServerCpu >= 0) {
            double serverCores = serverCpu / 1e9 / seconds;
            System.out.printf("     fake server JVM used %.2f cores, %.0f µs CPU per message; "
                    + "so the client side %.0f µs per message%n",
                    serverCores, serverCores * 1e6 / rate, cpuCores * 1e6 / rate);
        }
        return rate;
    }
}
