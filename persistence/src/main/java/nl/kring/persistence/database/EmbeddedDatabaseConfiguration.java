package nl.kring.persistence.database;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded default: when no database is configured, Kring runs on its own PostgreSQL
 * with its data under {@code kring.data-dir} (./data by default).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression(EmbeddedDatabaseConfiguration.NO_DATABASE_CONFIGURED)
class EmbeddedDatabaseConfiguration {

    /**
     * True when neither KRING_DB_URL nor spring.datasource.url names a database: the
     * embedded default. Demo data uses the same condition.
     */
    static final String NO_DATABASE_CONFIGURED = "'${spring.datasource.url:}'.isBlank()";

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgresServer(@Value("${kring.data-dir:./data}") Path dataDirectory) {
        return EmbeddedPostgresServer.start(dataDirectory.resolve("postgres"));
    }

    /** The pool settings of spring.datasource.hikari.* (timeouts) apply to the embedded database too. */
    @Bean(destroyMethod = "close")
    @ConfigurationProperties(prefix = "spring.datasource.hikari")
    DataSource dataSource(EmbeddedPostgresServer server) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(server.jdbcUrl(EmbeddedPostgresServer.DATABASE));
        dataSource.setUsername(EmbeddedPostgresServer.USER);
        dataSource.setPassword(server.password());
        dataSource.setPoolName("kring-embedded");
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }
}
