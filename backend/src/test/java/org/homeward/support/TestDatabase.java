package org.homeward.support;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Empties the tables between tests, children before parents, so each test starts from nothing. */
@Singleton
@Requires(env = Environment.TEST)
public class TestDatabase {

    private static final List<String> TABLES_CHILDREN_FIRST = List.of(
            "trusted_contacts", "hotlines",
            "push_outbox", "notifications", "reminders", "devices", "notification_preferences",
            "help_request_events", "help_requests", "on_call_staff", "help_settings",
            "idempotency_keys", "calendar_links", "task_translations", "tasks", "appointments", "login_attempts", "refresh_tokens", "activation_codes", "mentor_matches", "case_assignments",
            "participant_profiles", "users", "organisations");

    private final DataSource dataSource;

    public TestDatabase(DataSource dataSource) {
        // The injected data source only hands out the connection of a surrounding transaction;
        // the pool underneath gives a connection of our own, in auto-commit.
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    /** Number of rows in a table, read outside any transaction. */
    public long count(String table) {
        if (!TABLES_CHILDREN_FIRST.contains(table)) {
            throw new IllegalArgumentException("not a Homeward table: " + table);
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             java.sql.ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count " + table, e);
        }
    }

    public void clean() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String table : TABLES_CHILDREN_FIRST) {
                statement.executeUpdate("DELETE FROM " + table);
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not clean the test database", e);
        }
    }
}
