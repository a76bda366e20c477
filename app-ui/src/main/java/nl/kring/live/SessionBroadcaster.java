package nl.kring.live;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.annotation.PreDestroy;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import nl.kring.domain.session.SessionChangeListener;
import nl.kring.domain.session.SessionEvents;
import nl.kring.domain.session.SessionId;
import nl.kring.domain.session.TabletId;
import nl.kring.session.LiveSessionReader;
import nl.kring.session.LiveSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Delivers the changes of live sessions to the screens (UIs) of those sessions on this
 * node. A change arrives as "session S is at sequence N" — from this node after commit,
 * and from every node through PostgreSQL NOTIFY. For each session at most one read of
 * the database runs at a time: a burst of changes (thirty tablets answering at once) is
 * coalesced into as few reads as possible, and each read is handed to every screen of
 * the session through {@code ui.access}. Sequence numbers that were already delivered
 * are ignored, so hearing a change twice costs nothing.
 */
@Component
public class SessionBroadcaster implements SessionChangeListener {

    private static final Logger log = LoggerFactory.getLogger(SessionBroadcaster.class);

    private final LiveSessionReader reader;
    private final SessionEvents events;
    private final Map<SessionId, Channel> channels = new ConcurrentHashMap<>();
    private final ExecutorService readers = Executors.newFixedThreadPool(4, Thread.ofPlatform().daemon()
            .name("kring-broadcast-", 0).factory());
    /**
     * Each screen is updated on a thread of its own: rendering and pushing one screen must not
     * wait for another (a console with thirty participant lines takes longer than a tablet).
     * Screens ignore snapshots older than the one they show, so the order does not matter.
     */
    private final ExecutorService screens = Executors.newThreadPerTaskExecutor(Thread.ofVirtual()
            .name("kring-screen-", 0).factory());

    /** kring.live.push.delay: from hearing of a change to a screen having it (see {@link #deliver}). */
    private final Timer pushDelay;

    SessionBroadcaster(LiveSessionReader reader, SessionEvents events, ObjectProvider<MeterRegistry> meters) {
        this.reader = reader;
        this.events = events;
        MeterRegistry registry = meters.getIfAvailable(SimpleMeterRegistry::new);
        // per node: Prometheus adds the instance, so a dashboard sums or splits them
        Gauge.builder("kring.live.sessions", channels, Map::size)
                .description("Live sessions with a screen open on this node").register(registry);
        Gauge.builder("kring.live.screens", this, b -> b.countScreens(true)).tag("kind", "tablet")
                .description("Open pages following a live session on this node").register(registry);
        Gauge.builder("kring.live.screens", this, b -> b.countScreens(false)).tag("kind", "staff-or-shared")
                .description("Open pages following a live session on this node").register(registry);
        pushDelay = Timer.builder("kring.live.push.delay")
                .description("From this node hearing of a change (a step moved on, an answer) to a screen's"
                        + " page having it, ready to be pushed")
                .publishPercentileHistogram().register(registry);
    }

    /**
     * Lets a screen follow a session. The callback runs inside {@code ui.access}, with a
     * snapshot newer than the last one. Registering the same UI twice (Vaadin may re-attach
     * after a resync) replaces the earlier registration.
     *
     * @param tablet the tablet this screen belongs to, for "connected now"; {@code null} for staff and shared screens
     */
    public Registration subscribe(SessionId sessionId, UI ui, TabletId tablet, Consumer<LiveSnapshot> onChange) {
        Channel channel = channels.computeIfAbsent(sessionId, id -> new Channel());
        Subscriber subscriber = new Subscriber(ui, tablet, onChange);
        channel.subscribers.removeIf(s -> s.ui == ui);
        channel.subscribers.add(subscriber);
        return () -> {
            channel.subscribers.remove(subscriber);
            if (channel.subscribers.isEmpty()) {
                channels.remove(sessionId, channel);
            }
        };
    }

    @Override
    public void sessionChanged(SessionId sessionId, long sequence) {
        Channel channel = channels.get(sessionId);
        if (channel == null) {
            return;
        }
        boolean startReading;
        synchronized (channel) {
            if (sequence <= channel.wanted) {
                return;
            }
            channel.wanted = sequence;
            if (channel.heardAt == 0) {
                channel.heardAt = System.nanoTime();
            }
            startReading = !channel.reading;
            channel.reading = true;
        }
        if (startReading) {
            readers.execute(() -> readAndDeliver(sessionId, channel));
        }
    }

    @Override
    public void changesMayHaveBeenMissed() {
        Map<SessionId, Long> latest = events.lastSequences(List.copyOf(channels.keySet()));
        latest.forEach(this::sessionChanged);
    }

    /** The tablets that have a page open on this node right now. */
    public Set<TabletId> openTablets() {
        Set<TabletId> open = new HashSet<>();
        channels.values().forEach(c -> c.subscribers.forEach(s -> {
            if (s.tablet != null) {
                open.add(s.tablet);
            }
        }));
        return open;
    }

    /** Is this tablet's page open on this node (other than through {@code except})? */
    public boolean isOpenElsewhere(TabletId tablet, UI except) {
        return channels.values().stream().flatMap(c -> c.subscribers.stream())
                .anyMatch(s -> tablet.equals(s.tablet) && s.ui != except);
    }

    private double countScreens(boolean tablets) {
        return channels.values().stream().flatMap(c -> c.subscribers.stream())
                .filter(s -> (s.tablet != null) == tablets).count();
    }

    private void readAndDeliver(SessionId sessionId, Channel channel) {
        while (true) {
            Optional<LiveSnapshot> snapshot;
            // what this read answers was heard from then on; a change heard during the read starts anew
            long heardAt;
            synchronized (channel) {
                heardAt = channel.heardAt;
                channel.heardAt = 0;
            }
            long started = System.nanoTime();
            try {
                snapshot = reader.load(sessionId);
            } catch (RuntimeException e) {
                // the database is away: forget what was wanted, so that the next
                // announcement (or the relay's catch-up) of the same number tries again
                log.warn("Could not read live session {}: {}", sessionId, e.getMessage());
                snapshot = Optional.empty();
            }
            long read = System.nanoTime();
            snapshot.ifPresent(s -> deliver(channel.subscribers, s, heardAt));
            if (log.isDebugEnabled()) {
                log.debug("session {} at {}: read in {} ms, handed to {} screens in {} ms", sessionId,
                        snapshot.map(LiveSnapshot::sequence).orElse(-1L), (read - started) / 1_000_000,
                        channel.subscribers.size(), (System.nanoTime() - read) / 1_000_000);
            }
            synchronized (channel) {
                if (snapshot.isEmpty()) {
                    channel.wanted = channel.delivered;
                    channel.reading = false;
                    return;
                }
                channel.delivered = Math.max(channel.delivered, snapshot.get().sequence());
                if (channel.wanted <= channel.delivered) {
                    channel.reading = false;
                    return;
                }
            }
        }
    }

    /**
     * Hands the snapshot to each screen. The push delay is measured up to the end of the
     * screen's update: Vaadin pushes right after it, so the network's time is not in it.
     */
    private void deliver(Collection<Subscriber> subscribers, LiveSnapshot snapshot, long heardAt) {
        for (Subscriber subscriber : subscribers) {
            screens.execute(() -> {
                try {
                    subscriber.ui.access(() -> {
                        subscriber.onChange.accept(snapshot);
                        if (heardAt != 0) {
                            pushDelay.record(System.nanoTime() - heardAt, TimeUnit.NANOSECONDS);
                        }
                    });
                } catch (UIDetachedException closed) {
                    // the page was closed while this change was on its way; its detach unsubscribes it
                    subscribers.remove(subscriber);
                }
            });
        }
    }

    @PreDestroy
    void stop() {
        readers.shutdownNow();
        screens.shutdownNow();
    }

    private static final class Channel {
        final Set<Subscriber> subscribers = new CopyOnWriteArraySet<>();
        long wanted;
        long delivered;
        boolean reading;
        /** When the oldest change not yet read was heard (System.nanoTime), 0 when none waits. */
        long heardAt;
    }

    private record Subscriber(UI ui, TabletId tablet, Consumer<LiveSnapshot> onChange) {
    }
}
