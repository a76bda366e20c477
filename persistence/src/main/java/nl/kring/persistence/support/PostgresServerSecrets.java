package nl.kring.persistence.support;

import java.util.function.Supplier;
import nl.kring.domain.shared.ServerSecrets;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class PostgresServerSecrets implements ServerSecrets {

    private final JdbcTemplate jdbc;

    PostgresServerSecrets(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public String getOrCreate(String name, Supplier<String> create) {
        // two nodes starting at once: one insert wins, both read the winner
        jdbc.update("insert into server_secret (name, value) values (?, ?) on conflict (name) do nothing",
                name, create.get());
        return jdbc.queryForObject("select value from server_secret where name = ?", String.class, name);
    }
}
