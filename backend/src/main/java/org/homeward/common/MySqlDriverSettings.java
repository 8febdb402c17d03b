package org.homeward.common;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

import java.util.Map;

/**
 * Lets MySQL Connector/J keep the parsed form of each SQL statement per connection. Without it the
 * driver parses every statement again on each prepare, which took about a fifth of the CPU of a
 * typical read (see bench/README.md). The settings change no result; ones already given in the
 * database URL or configuration win. Other databases (the embedded H2 of dev mode) are left alone.
 */
@Singleton
public class MySqlDriverSettings implements BeanCreatedEventListener<DatasourceConfiguration> {

    static final Map<String, String> SETTINGS = Map.of(
            "cachePrepStmts", "true",
            "prepStmtCacheSize", "250",
            // Micronaut Data names every column, so its statements are long; the default limit is 256.
            "prepStmtCacheSqlLimit", "8192",
            // Batches of inserts (the outbox, reminders) go as one multi-row statement, not one per row.
            "rewriteBatchedStatements", "true");

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration datasource = event.getBean();
        String url = datasource.getUrl();
        if (url != null && url.startsWith("jdbc:mysql:")) {
            SETTINGS.forEach((name, value) -> {
                if (!url.contains(name + "=") && !datasource.getDataSourceProperties().containsKey(name)) {
                    datasource.addDataSourceProperty(name, value);
                }
            });
        }
        return datasource;
    }
}
