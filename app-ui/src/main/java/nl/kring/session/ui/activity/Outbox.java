package nl.kring.session.ui.activity;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.kring.domain.session.StepId;
import nl.kring.session.TabletSubmission;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The server's side of the tablet's outbox ({@code outbox.js}, docs/adr/0010): puts the
 * script in the page, reads what the page sends, and tells the page what is confirmed.
 * The script only ever gets values as parameters, never text built into code.
 */
public final class Outbox {

    private static final String SCRIPT = read("outbox.js");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** More than any of Kring's forms has; a page cannot make Kring keep a long list. */
    private static final int MAX_FIELDS = 12;

    private Outbox() {
    }

    /** Starts the outbox in the tablet's page; it sends what waits to {@code host}'s {@code deliver}. */
    public static void install(UI ui, Element host, String tabletTag) {
        ui.getPage().executeJs(SCRIPT + "\nwindow.kringOutbox.attach($0, $1);", host, tabletTag);
    }

    /** The page said it has an outbox: send buttons leave the sending to it. */
    public static void markOn(UI ui) {
        ComponentUtil.setData(ui, Outbox.class, new Outbox());
    }

    static boolean isOn(UI ui) {
        return ComponentUtil.getData(ui, Outbox.class) != null;
    }

    /** Kring answered a delivery from the page's outbox: it may send the next one. */
    public static void answered(UI ui) {
        ui.getPage().executeJs("window.kringOutbox && window.kringOutbox.delivered()");
    }

    /**
     * The page is reached again (a new step is drawn on it): it sends what waits in its outbox,
     * if anything does — nothing is sent when nothing waits.
     */
    public static void sendWhatWaits(UI ui) {
        ui.getPage().executeJs("window.kringOutbox && window.kringOutbox.flushIfWaiting()");
    }

    /** Kring has them: the page may forget them. */
    public static void done(UI ui, Collection<UUID> keys) {
        if (!keys.isEmpty()) {
            ui.getPage().executeJs("window.kringOutbox && window.kringOutbox.done($0)",
                    JSON.valueToTree(keys.stream().map(UUID::toString).toList()));
        }
    }

    /**
     * The items of a page's outbox that belong to this tablet; anything malformed or of
     * another tablet (a shared browser) is left out.
     */
    public static List<TabletSubmission> read(String json, String tabletTag) {
        List<TabletSubmission> items = new ArrayList<>();
        JsonNode all;
        try {
            all = JSON.readTree(json);
        } catch (RuntimeException malformed) {
            return items;
        }
        for (JsonNode item : all) {
            if (!tabletTag.equals(item.path("tag").asString(""))) {
                continue;
            }
            try {
                items.add(new TabletSubmission(UUID.fromString(item.path("key").asString()),
                        TabletSubmission.Kind.valueOf(item.path("kind").asString()),
                        new StepId(UUID.fromString(item.path("step").asString())), item.path("question").asInt(0),
                        item.path("text").asString(""), item.path("number").asInt(0),
                        item.path("writtenOn").isString() ? item.path("writtenOn").asString() : null,
                        fields(item)));
            } catch (RuntimeException malformed) {
                // not something Kring's page wrote: ignore it
            }
        }
        return items;
    }

    /** What a send button's {@code data-outbox} attribute holds: the draft, and a fixed text if there is one. */
    static String draftJson(TabletSubmission.Draft draft, String fixedText) {
        var node = JSON.createObjectNode();
        node.put("kind", draft.kind().name());
        node.put("step", draft.step().value().toString());
        node.put("question", draft.question());
        node.put("number", draft.number());
        if (draft.writtenOn() != null) {
            node.put("writtenOn", draft.writtenOn());
        }
        if (fixedText != null) {
            node.put("text", fixedText);
        }
        return node.toString();
    }

    /** The key and text of an item a send button's click carried; empty when the page has no outbox. */
    static Optional<Posted> posted(JsonNode eventValue) {
        if (eventValue == null || !eventValue.isString() || eventValue.asString().isEmpty()) {
            return Optional.empty();
        }
        try {
            JsonNode item = JSON.readTree(eventValue.asString());
            return Optional.of(new Posted(UUID.fromString(item.path("key").asString()),
                    item.path("text").asString(""), fields(item)));
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }

    /** The named fields of a form an item holds (only texts; anything else is left out). */
    private static Map<String, String> fields(JsonNode item) {
        Map<String, String> fields = new LinkedHashMap<>();
        JsonNode all = item.path("fields");
        if (all.isObject()) {
            for (String name : all.propertyNames()) {
                JsonNode value = all.path(name);
                if (value.isString() && fields.size() < MAX_FIELDS) {
                    fields.put(name, value.asString());
                }
            }
        }
        return fields;
    }

    /** A send button's named form fields, for {@code data-outbox-fields}: the name and the element's id. */
    static String fieldsJson(Map<String, String> idsByName) {
        var node = JSON.createObjectNode();
        idsByName.forEach(node::put);
        return node.toString();
    }

    record Posted(UUID key, String text, Map<String, String> fields) {
    }

    private static String read(String name) {
        try (InputStream in = Outbox.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
