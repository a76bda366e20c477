package nl.kring.session.ui.activity;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import nl.kring.base.ui.Notifications;
import nl.kring.domain.shared.InvalidValueException;
import nl.kring.session.Delivered;
import nl.kring.session.TabletSubmission;

/**
 * The button with which a participant sends something from a tablet. In a real browser the
 * click first writes the submission into the tablet's outbox ({@link Outbox}) and carries it
 * to Kring with the click, so that it survives a lost connection, the step moving on and a
 * restart; without an outbox (a browserless test, a page whose script did not start) the
 * click sends what the server knows of the field. Either way a double tap is stored once.
 */
public final class SendButton extends Button {

    /** What became of one press: stored (with what the tablet should say) or refused with a message. */
    public record Result(TabletSubmission submission, Delivered delivered, InvalidValueException refused) {

        public boolean stored() {
            return delivered != null && delivered.stored();
        }
    }

    private static final String POST = "window.kringOutbox ? window.kringOutbox.post(element) : ''";
    private static int fieldIds;

    /**
     * One named field of a form sent as a whole (a mood card): the component the page reads
     * it from (see {@code readField} in outbox.js) and what the server knows of it, for a
     * page without an outbox.
     */
    public record FormField(Component component, Supplier<String> serverValue) {
    }

    private final ParticipantContext context;
    private final TabletSubmission.Draft draft;
    private final HasValue<?, String> field;
    private final String fixedText;
    private final Map<String, FormField> formFields;
    private final Consumer<Result> after;
    private UUID serverKey = UUID.randomUUID();
    /** What this button sent last and has not heard back about (see {@link #deliveredLater}). */
    private UUID lastKey;
    private String serverKeyText;

    /** Sends what is typed in {@code field}. */
    public SendButton(String label, ParticipantContext context, TabletSubmission.Draft draft,
                      HasValue<?, String> field, Consumer<Result> after) {
        this(label, context, draft, field, null, Map.of(), after);
    }

    /** Sends {@code fixedText} (a tap on a ready-made answer, or a number's empty text). */
    public SendButton(String label, ParticipantContext context, TabletSubmission.Draft draft, String fixedText,
                      Consumer<Result> after) {
        this(label, context, draft, null, fixedText, Map.of(), after);
    }

    /** Sends a form of several named fields as one submission (its text stays empty). */
    public SendButton(String label, ParticipantContext context, TabletSubmission.Draft draft,
                      Map<String, FormField> formFields, Consumer<Result> after) {
        this(label, context, draft, null, "", formFields, after);
    }

    private SendButton(String label, ParticipantContext context, TabletSubmission.Draft draft,
                       HasValue<?, String> field, String fixedText, Map<String, FormField> formFields,
                       Consumer<Result> after) {
        super(label);
        this.context = context;
        this.draft = draft;
        this.field = field;
        this.fixedText = fixedText;
        this.formFields = Map.copyOf(formFields);
        this.after = after;
        getElement().setAttribute("data-outbox", Outbox.draftJson(draft, fixedText));
        if (field instanceof Component component) {
            getElement().setAttribute("data-outbox-field", idOf(component));
        }
        if (!formFields.isEmpty()) {
            Map<String, String> ids = new TreeMap<>();
            formFields.forEach((name, form) -> ids.put(name, idOf(form.component())));
            getElement().setAttribute("data-outbox-fields", Outbox.fieldsJson(ids));
        }
        getElement().addEventListener("click", click -> Outbox.posted(click.getEventData().get(POST))
                .ifPresent(posted -> send(draft.with(posted.key(), field == null ? fixedText : posted.text(),
                        posted.fields()))))
                .addEventData(POST);
        addClickListener(click -> {
            if (getUI().map(ui -> !Outbox.isOn(ui)).orElse(true)) {
                sendFromServerState();
            }
        });
    }

    private static String idOf(Component component) {
        return component.getId().orElseGet(() -> {
            String made = "kring-field-" + nextFieldId();
            component.setId(made);
            return made;
        });
    }

    private static synchronized int nextFieldId() {
        return ++fieldIds;
    }

    private void sendFromServerState() {
        String text = field == null ? fixedText : field.getValue();
        Map<String, String> values = new TreeMap<>();
        formFields.forEach((name, form) -> values.put(name, form.serverValue().get()));
        String signature = text + values;
        if (!signature.equals(serverKeyText)) {
            serverKey = UUID.randomUUID();
            serverKeyText = signature;
        }
        send(draft.with(serverKey, text, values));
        if (field != null || !formFields.isEmpty()) {
            serverKeyText = null; // a typed text was handled: the next press is a new submission
        }
    }

    /**
     * The tablet's outbox delivered what this button sent last, after its own click could not
     * (the database was away, the connection dropped): the form now does what it does after a
     * stored click — e.g. empties the box — so that a second tap does not send it again.
     *
     * @return whether it was this button's
     */
    public boolean deliveredLater(TabletSubmission submission, Delivered delivered, InvalidValueException refused) {
        if (!submission.key().equals(lastKey)) {
            return false;
        }
        lastKey = null;
        after.accept(new Result(submission, delivered, refused));
        return true;
    }

    private void send(TabletSubmission submission) {
        lastKey = submission.key();
        Result result;
        try {
            result = new Result(submission, context.delivery().deliver(context.token(), submission), null);
        } catch (InvalidValueException refused) {
            result = new Result(submission, null, refused);
        }
        // stored or refused for good: the tablet can forget it (a database outage leaves it waiting)
        lastKey = null;
        getUI().ifPresent(ui -> Outbox.done(ui, List.of(submission.key())));
        Delivered delivered = result.delivered();
        if (delivered != null && delivered.remarkKey() != null) {
            if (delivered.stored()) {
                Notifications.success(getTranslation(delivered.remarkKey()));
            } else {
                Notifications.error(getTranslation(delivered.remarkKey()));
            }
        }
        after.accept(result);
    }
}
