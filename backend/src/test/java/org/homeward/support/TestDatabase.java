package org.homeward.support;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Empties the tables between tests, so each test starts from nothing. */
@Singleton
@Requires(env = Environment.TEST)
public class TestDatabase {

    /** Flyway's own table is the schema's history, not data. */
    private static final String SCHEMA_HISTORY = "flyway_schema_history";

    private final DataSource dataSource;

    public TestDatabase(DataSource dataSource) {
        // The injected data source only hands out the connection of a surrounding transaction;
        // the pool underneath gives a connection of our own, in auto-commit.
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    /** Number of rows in a table, read outside any transaction. */
    public long count(String table) {
        if (!tables().contains(table)) {
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

    /**
     * Every table the migrations made, read from the schema itself, so a new table is cleaned
     * without being listed here; foreign keys are off for the one connection while it empties them.
     */
    public void clean() {
        List<String> tables = tables();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SET FOREIGN_KEY_CHECKS = 0");
            try {
                for (String table : tables) {
                    statement.executeUpdate("DELETE FROM " + table);
                }
            } finally {
                statement.execute("SET FOREIGN_KEY_CHECKS = 1");
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not clean the test database", e);
        }
    }

    private List<String> tables() {
        List<String> tables = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             java.sql.ResultSet rows = statement.executeQuery("SELECT table_name FROM information_schema.tables "
                     + "WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'")) {
            while (rows.next()) {
                String table = rows.getString(1).toLowerCase(Locale.ROOT);
                if (!table.equals(SCHEMA_HISTORY)) {
                    tables.add(table);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not list the tables", e);
        }
        return tables;
    }
}
