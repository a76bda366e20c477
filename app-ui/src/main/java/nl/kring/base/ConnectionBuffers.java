package nl.kring.base;

import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletService;
import jakarta.servlet.ServletContext;
import java.util.Collections;
import org.atmosphere.cpr.ApplicationConfig;
import org.atmosphere.cpr.AtmosphereFramework;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What every open tablet costs in memory, trimmed (issue 4; measured with the benchmark's
 * live objects per tablet, docs/benchmarks.md). A tablet keeps one push connection open for the
 * whole session; its buffers, not Vaadin's components, were most of its 205 KB (now ~105 KB).
 * <ul>
 * <li>Atmosphere gave every push connection a {@code ByteBuffer} and a {@code CharBuffer} of
 * {@code org.atmosphere.websocket.bufferSize}, which Vaadin sets to 16,384: 48 KB that
 * Atmosphere 3.0 allocates in {@code WebSocket}'s constructor and afterwards only clears. Vaadin
 * sets the value in code before any configuration is read, so it is set again once Vaadin has
 * started Atmosphere, before the first tablet connects.</li>
 * <li>Tomcat keeps a read and a write buffer of 8 KB per connection; its documentation advises
 * smaller ones for many long-lived connections. 4 KB each.</li>
 * <li>Tomcat's first buffers for incoming WebSocket messages are trimmed in
 * {@code application.properties}; Tomcat grows them when a message arrives.</li>
 * <li>Tomcat's WebSocket input, output and encoder buffers (8 KB each) follow a system property
 * that {@code KringApplication.main} sets before Tomcat loads.</li>
 * </ul>
 * ADR 0009 has the measurements and the risks.
 */
@Configuration(proxyBeanMethods = false)
class ConnectionBuffers {

    private static final Logger log = LoggerFactory.getLogger(ConnectionBuffers.class);
    /** Never read or written by Atmosphere 3.0; it only clears them on close. */
    private static final String UNUSED_BUFFER_SIZE = "16";
    private static final String SOCKET_BUFFER_SIZE = "4096";

    @Bean
    TomcatConnectorCustomizer smallerSocketBuffers() {
        return connector -> {
            connector.setProperty("socket.appReadBufSize", SOCKET_BUFFER_SIZE);
            connector.setProperty("socket.appWriteBufSize", SOCKET_BUFFER_SIZE);
        };
    }

    @Bean
    VaadinServiceInitListener trimmedPushBuffers() {
        return event -> {
            if (!(event.getSource() instanceof VaadinServletService service) || service.getServlet() == null) {
                return;
            }
            ServletContext context = service.getServlet().getServletContext();
            boolean trimmed = false;
            for (String name : Collections.list(context.getAttributeNames())) {
                if (context.getAttribute(name) instanceof AtmosphereFramework atmosphere) {
                    atmosphere.addInitParameter(ApplicationConfig.WEBSOCKET_BUFFER_SIZE, UNUSED_BUFFER_SIZE);
                    trimmed = true;
                }
            }
            if (!trimmed) {
                log.warn("Atmosphere not in the servlet context: each push connection keeps 48 KB of unused buffers");
            }
        };
    }
}
