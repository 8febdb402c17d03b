package org.homeward.migrations;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The migrations are written in SQL that MariaDB/MySQL and H2 (MySQL mode) both accept: production
 * runs on MariaDB, a laptop without one on H2. Both must build the whole schema from nothing.
 */
class MigrationsTest {

    private static final String MARIADB_SERVER = "jdbc:mysql://127.0.0.1:3306/";
    private static final String MARIADB_DATABASE = "homeward_migrations_test";
    private static final String H2_URL = "jdbc:h2:mem:migrations;MODE=MySQL;DATABASE_TO_LOWER=TRUE";
    private static final List<String> TABLES = List.of("organisations", "users", "participant_profiles",
            "case_assignments", "mentor_matches", "activation_codes", "refresh_tokens", "login_attempts",
            "idempotency_keys", "tasks", "task_translations", "appointments", "calendar_links",
            "devices", "notifications", "push_outbox", "reminders", "notification_preferences",
            "help_requests", "help_request_events", "help_settings", "on_call_staff",
            "hotlines", "trusted_contacts", "sharing_choices", "sharing_changes", "access_log",
            "check_ins", "concerns", "mentor_meetings",
            "goals", "goal_tasks", "goal_ratings", "domains_not_now");

    @Test
    void allMigrationsApplyToAFreshMariaDbDatabase() throws SQLException {
        String user = env("HOMEWARD_TEST_DB_USER", "root");
        String password = env("HOMEWARD_TEST_DB_PASSWORD", "");
        try (Connection server = DriverManager.getConnection(MARIADB_SERVER, user, password);
             Statement statement = server.createStatement()) {
            statement.executeUpdate("DROP DATABASE IF EXISTS " + MARIADB_DATABASE);
            statement.executeUpdate("CREATE DATABASE " + MARIADB_DATABASE
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        String url = MARIADB_SERVER + MARIADB_DATABASE + "?useUnicode=true&characterEncoding=utf8";

        MigrateResult result = migrate(url, user, password);

        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            assertSchemaComplete(result, connection);
        }
    }

    @Test
    void allMigrationsApplyToAnInMemoryH2DatabaseInMySqlMode() throws SQLException {
        // An in-memory H2 database lives only while a connection to it is open.
        try (Connection keepAlive = DriverManager.getConnection(H2_URL, "sa", "")) {
            MigrateResult result = migrate(H2_URL, "sa", "");

            assertSchemaComplete(result, keepAlive);
        }
    }

    private static MigrateResult migrate(String url, String user, String password) {
        return Flyway.configure()
                .dataSource(url, user, password)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    private static void assertSchemaComplete(MigrateResult result, Connection connection) throws SQLException {
        assertTrue(result.success, "migration succeeded");
        assertTrue(result.migrationsExecuted > 0, "migrations were applied");
        Set<String> tables = tablesOf(connection);
        List<String> missing = TABLES.stream().filter(table -> !tables.contains(table)).toList();
        assertEquals(List.of(), missing, "missing tables; present: " + tables);
    }

    private static Set<String> tablesOf(Connection connection) throws SQLException {
        Set<String> tables = new HashSet<>();
        DatabaseMetaData metaData = connection.getMetaData();
        // MySQL's driver treats a null catalog as "every database"; name this one.
        try (ResultSet rows = metaData.getTables(connection.getCatalog(), null, "%",
                new String[] {"TABLE", "BASE TABLE"})) {
            while (rows.next()) {
                tables.add(rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return tables;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
