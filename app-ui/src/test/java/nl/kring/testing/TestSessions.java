package nl.kring.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.kring.domain.organisation.Participant;
import nl.kring.domain.session.Activity;
import nl.kring.domain.session.JoinCode;
import nl.kring.domain.session.Session;
import nl.kring.domain.session.SessionId;
import nl.kring.domain.session.Step;
import nl.kring.domain.session.TabletId;
import nl.kring.domain.session.TabletToken;
import nl.kring.session.LiveSessionService;
import nl.kring.session.SessionPlanService;
import nl.kring.session.TabletService;

/**
 * A live session for one test: planned with the given activities and started by the
 * signed-in leader, with a tablet joined for every person of the group, in their order.
 */
public class TestSessions {

    /** The started session, its steps, and one tablet per person (its token and id). */
    public record Started(SessionId id, List<Step> steps, List<TabletToken> tokens, List<TabletId> tabletIds) {

        public Step step(int index) {
            return steps.get(index);
        }
    }

    private final SessionPlanService plans;
    private final LiveSessionService live;
    private final TabletService tablets;
    private final SignedIn signedIn;

    TestSessions(SessionPlanService plans, LiveSessionService live, TabletService tablets, SignedIn signedIn) {
        this.plans = plans;
        this.live = live;
        this.tablets = tablets;
        this.signedIn = signedIn;
    }

    /** Plans and starts as whoever is signed in now (a leader of the group). */
    public Started start(TestGroups.NewGroup group, String title, Instant when, Activity... activities) {
        Session planned = plans.plan(group.group().id(), title, when, Optional.empty());
        for (Activity activity : activities) {
            planned = plans.addStep(planned.id(), activity, null, planned.version());
        }
        Session started = live.start(planned.id());
        JoinCode code = started.live().joinCode();
        List<TabletToken> tokens = new ArrayList<>();
        List<TabletId> ids = new ArrayList<>();
        for (Participant person : group.people()) {
            signedIn.anonymous(() -> tablets.open(code.value(), "10.0.9.1"));
            TabletToken token = signedIn.anonymous(() -> tablets.chooseName(code, person.id(), Optional.empty()));
            TabletId tablet = signedIn.anonymous(() -> tablets.find(token)).orElseThrow().tabletId();
            // the leader saw who each tablet is, so their own history may show
            live.confirmBinding(started.id(), tablet);
            tokens.add(token);
            ids.add(tablet);
        }
        return new Started(started.id(), started.steps(), List.copyOf(tokens), List.copyOf(ids));
    }
}
