package nl.kring.session;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.kring.domain.session.TabletToken;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Where everything a tablet sends arrives, whether from a tap on the current step or from
 * the tablet's outbox after a lost connection or a restart. Tablets have no account: the
 * rule is the tablet's own secret token (see {@link TabletService}).
 */
@Service
@PreAuthorize("permitAll()")
public class TabletDelivery {

    private final Map<TabletSubmission.Kind, SubmissionHandler> handlers =
            new EnumMap<>(TabletSubmission.Kind.class);

    TabletDelivery(List<SubmissionHandler> handlers) {
        handlers.forEach(handler -> this.handlers.put(handler.kind(), handler));
        for (TabletSubmission.Kind kind : TabletSubmission.Kind.values()) {
            if (!this.handlers.containsKey(kind)) {
                throw new IllegalStateException("Nothing stores tablet submissions of kind " + kind);
            }
        }
    }

    /**
     * Stores it for its own step, once per key (each handler's transaction).
     *
     * @throws nl.kring.domain.shared.InvalidValueException when it cannot be stored as it is
     */
    public Delivered deliver(TabletToken token, TabletSubmission submission) {
        return handlers.get(submission.kind()).store(token, submission);
    }
}
