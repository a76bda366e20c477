package nl.kring.base;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Application-wide infrastructure: the clock (replaceable in tests) and scheduled housekeeping. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class KringConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
