package nl.kring;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.lumo.Lumo;
import com.vaadin.flow.component.dependency.StyleSheet;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Kring: live group sessions about loneliness. */
@SpringBootApplication
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
public class KringApplication implements AppShellConfigurator {

    private static final String WEBSOCKET_BUFFER_SIZE = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";

    public static void main(String[] args) {
        // Tomcat's WebSocket read, write and encoding buffers: 8 KB each per open tablet by
        // default, 2 KB here. Read once when Tomcat's WebSocket classes load, so it is set before
        // anything starts (see base/ConnectionBuffers and ADR 0009)
        if (System.getProperty(WEBSOCKET_BUFFER_SIZE) == null) {
            System.setProperty(WEBSOCKET_BUFFER_SIZE, "2048");
        }
        SpringApplication.run(KringApplication.class, args);
    }
}
