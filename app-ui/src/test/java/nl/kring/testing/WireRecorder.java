package nl.kring.testing;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Everything the server sent to one browser page: push frames (with the moment each arrived)
 * and response bodies — what a privacy test asserts on, beyond what the page shows.
 */
public final class WireRecorder {

    /** One push frame and when it arrived (System.nanoTime). */
    public record Frame(long receivedAt, String text) {
    }

    private final List<Frame> frames = Collections.synchronizedList(new ArrayList<>());
    private final List<Response> responses = Collections.synchronizedList(new ArrayList<>());

    public WireRecorder(Page page) {
        page.onWebSocket(socket -> socket.onFrameReceived(frame -> frames.add(new Frame(System.nanoTime(),
                frame.text()))));
        page.onResponse(responses::add);
    }

    /** The push frames received so far. */
    public List<Frame> frames() {
        synchronized (frames) {
            return List.copyOf(frames);
        }
    }

    /** All text received so far (response bodies are read now, outside the event handlers). */
    public String received() {
        StringBuilder all = new StringBuilder();
        frames().forEach(frame -> all.append(frame.text()));
        List<Response> copy;
        synchronized (responses) {
            copy = List.copyOf(responses);
        }
        for (Response response : copy) {
            String type = response.headers().getOrDefault("content-type", "");
            if (type.contains("json") || type.contains("html") || type.contains("text")) {
                try {
                    all.append(response.text());
                } catch (RuntimeException e) {
                    // a redirect or a body the browser did not keep: nothing was shown from it
                }
            }
        }
        return all.toString();
    }
}
