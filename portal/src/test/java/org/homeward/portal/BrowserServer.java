package org.homeward.portal;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.runtime.server.EmbeddedServer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * The real Homeward server for browser journeys: dev mode (demo data, Vaadin's dev bundle) on a
 * random port, against a fresh MariaDB database of its own.
 */
final class BrowserServer implements AutoCloseable {

    private static final String DEFAULT_TEST_DB_URL = "jdbc:mysql://127.0.0.1:3306/homeward_test";

    private final ApplicationContext context;
    private final EmbeddedServer server;

    private BrowserServer(ApplicationContext context, EmbeddedServer server) {
        this.context = context;
        this.server = server;
    }

    static BrowserServer start(Map<String, Object> extraProperties) {
        String user = env("HOMEWARD_TEST_DB_USER", "root");
        String password = env("HOMEWARD_TEST_DB_PASSWORD", "");
        String testUrl = env("HOMEWARD_TEST_DB_URL", DEFAULT_TEST_DB_URL);
        String serverUrl = serverUrl(testUrl);
        // Beside the test database, named after it: two checkouts with their own test databases
        // never drop each other's browser database.
        String database = databaseName(testUrl) + "_browser";
        recreateDatabase(serverUrl, database, user, password);
        Map<String, Object> properties = new java.util.HashMap<>(Map.of(
                "micronaut.server.port", -1,
                "datasources.default.url", serverUrl + database + "?useUnicode=true&characterEncoding=utf8",
                "datasources.default.username", user,
                "datasources.default.password", password));
        properties.putAll(extraProperties);
        ApplicationContext context = ApplicationContext.builder()
                .deduceEnvironment(false)
                .environments(Environment.DEVELOPMENT)
                .properties(properties)
                .start();
        EmbeddedServer server = context.getBean(EmbeddedServer.class);
        server.start();
        return new BrowserServer(context, server);
    }

    String url(String path) {
        return server.getURL().toString() + path;
    }

    @Override
    public void close() {
        server.stop();
        context.close();
    }

    private static void recreateDatabase(String serverUrl, String database, String user, String password) {
        try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("DROP DATABASE IF EXISTS " + database);
            statement.executeUpdate("CREATE DATABASE " + database + " CHARACTER SET utf8mb4");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the browser test database", e);
        }
    }

    /** {@code jdbc:mysql://host:3306/db?x=y} becomes {@code jdbc:mysql://host:3306/}. */
    /** {@code jdbc:mysql://host:3306/db?x=y} gives {@code db}. */
    private static String databaseName(String databaseUrl) {
        String path = databaseUrl.substring(serverUrl(databaseUrl).length());
        int query = path.indexOf('?');
        String name = query < 0 ? path : path.substring(0, query);
        return name.isBlank() ? "homeward_test" : name;
    }

    private static String serverUrl(String databaseUrl) {
        int hostStart = databaseUrl.indexOf("//") + 2;
        int pathStart = databaseUrl.indexOf('/', hostStart);
        return pathStart < 0 ? databaseUrl + "/" : databaseUrl.substring(0, pathStart + 1);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
