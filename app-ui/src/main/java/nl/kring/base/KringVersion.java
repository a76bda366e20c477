package nl.kring.base;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Which Kring runs, from the build (META-INF/build-info.properties): said once in the log when
 * Kring is ready, and as the metric {@code kring_build_info{version="…"} 1}, so that a dashboard
 * shows which node runs which version during an upgrade. Not a route; nobody calls it.
 */
@Component
class KringVersion {

    private static final Logger log = LoggerFactory.getLogger(KringVersion.class);

    private final String version;

    KringVersion(ObjectProvider<BuildProperties> build, ObjectProvider<MeterRegistry> meters) {
        this.version = build.stream().map(BuildProperties::getVersion).findFirst().orElse("unknown");
        meters.ifAvailable(registry -> Gauge.builder("kring.build.info", () -> 1).tag("version", version)
                .description("The version of Kring this node runs").register(registry));
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        log.info("Kring {} is ready", version);
    }
}
