package org.homeward.portal;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.homeward.people.UserAccount;
import org.homeward.people.UserAccountRepository;
import org.homeward.portal.caseload.CaseloadView;
import org.homeward.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Not a test: the server's time to render the caseworker's dashboard page (the real view, its
 * services and its grid of 200 rows with their badges), for {@code bench/dashboard.sh}. Runs only
 * with {@code -Dhomeward.bench=dashboard}; seeds with the benchmark's own scripts.
 */
@EnabledIfSystemProperty(named = "homeward.bench", matches = "dashboard")
@MicronautTest(transactional = false, startApplication = false)
class DashboardRenderBenchmark {

    private static final int WARM_UP = Integer.getInteger("homeward.bench.warmup", 200);
    private static final int MEASURED = Integer.getInteger("homeward.bench.renders", 200);
    private static final Path BENCH = Path.of("..", "bench");

    @Inject
    ApplicationContext context;
    @Inject
    TestDatabase database;
    @Inject
    DataSource dataSource;
    @Inject
    UserAccountRepository users;

    @Test
    void renderTheDashboardOf200Participants() throws Exception {
        database.clean();
        run("seed.py", "--participants", "200");
        run("dashboard_seed.py");
        UserAccount caseworker = users.findByUsername("bench-caseworker").orElseThrow();
        KaribuPortal.start(context);
        try {
            KaribuPortal.signIn(caseworker);
            for (int i = 0; i < WARM_UP; i++) {
                render();
            }
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < MEASURED; i++) {
                millis.add(render());
            }
            Collections.sort(millis);
            String line = String.format(Locale.ROOT, "RENDER renders=%d p50=%.1f p95=%.1f p99=%.1f worst=%.1f%n",
                    MEASURED, at(millis, 50), at(millis, 95), at(millis, 99), millis.get(millis.size() - 1));
            System.out.print(line);
            Files.writeString(Path.of("target", "dashboard-render.txt"), line);
        } finally {
            KaribuPortal.stop();
        }
    }

    /** One page: the view built with its data, attached, and its grid's rows generated as for a browser. */
    private double render() {
        long started = System.nanoTime();
        CaseloadView view = context.getBean(CaseloadView.class);
        UI.getCurrent().add(view);
        MockVaadin.clientRoundtrip();
        double millis = (System.nanoTime() - started) / 1e6;
        UI.getCurrent().remove(view);
        return millis;
    }

    private static double at(List<Double> sorted, int percentile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1));
    }

    /** Runs a bench seed script and executes its SQL, statement by statement. */
    private void run(String script, String... arguments) throws IOException, InterruptedException, SQLException {
        List<String> command = new ArrayList<>(List.of("python3", BENCH.resolve(script).toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String sql = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(script + " failed");
        }
        try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             Statement statement = connection.createStatement()) {
            // Statements end a line, or share one ("SET a=0; SET b=0;"); no value holds a semicolon.
            for (String one : sql.split(";(?=\\s*(\\n|SET |$))")) {
                if (!one.isBlank()) {
                    statement.execute(one);
                }
            }
        }
    }
}
