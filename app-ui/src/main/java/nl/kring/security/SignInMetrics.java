package nl.kring.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.stereotype.Component;

/**
 * kring.signin.failures: failed staff sign-ins on this node, by reason (a wrong password or
 * unknown name, or refused by the throttle, docs/adr/0002). A sudden rise is someone guessing;
 * the metric has no names or addresses in it (those stay in the throttle's hashed counts).
 */
@Component
class SignInMetrics {

    private final Counter wrong;
    private final Counter throttled;

    SignInMetrics(ObjectProvider<MeterRegistry> meters) {
        MeterRegistry registry = meters.getIfAvailable(SimpleMeterRegistry::new);
        wrong = Counter.builder("kring.signin.failures").tag("reason", "wrong-name-or-password")
                .description("Failed staff sign-ins on this node").register(registry);
        throttled = Counter.builder("kring.signin.failures").tag("reason", "throttled")
                .description("Failed staff sign-ins on this node").register(registry);
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        (event.getException() instanceof LoginThrottledException ? throttled : wrong).increment();
    }
}
