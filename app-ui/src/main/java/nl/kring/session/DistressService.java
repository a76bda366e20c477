package nl.kring.session;

import java.util.List;
import java.util.UUID;
import nl.kring.domain.moodboard.MoodCard;
import nl.kring.domain.moodboard.MoodCardId;
import nl.kring.domain.moodboard.MoodCardRepository;
import nl.kring.domain.session.Answer;
import nl.kring.domain.session.AnswerId;
import nl.kring.domain.session.AnswerRepository;
import nl.kring.domain.session.Distress;
import nl.kring.domain.session.SessionEvents;
import nl.kring.domain.session.SessionId;
import nl.kring.domain.shared.InvalidValueException;
import nl.kring.domain.smallstep.SmallStep;
import nl.kring.domain.smallstep.SmallStepId;
import nl.kring.domain.smallstep.SmallStepRepository;
import nl.kring.domain.thought.Contribution;
import nl.kring.domain.thought.ContributionId;
import nl.kring.domain.thought.ContributionRepository;
import nl.kring.security.Roles;
import nl.kring.session.LiveSnapshot.DistressAlert;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The leader's decision on a private distress alert, whatever activity the text came
 * from (a question-round answer, an anonymous contribution, a moodboard card, a small
 * step): show it like any other, or keep it off the shared screens. Either way the alert closes.
 */
@Service
@PreAuthorize(Roles.ANY_STAFF)
public class DistressService {

    private final SessionAccess access;
    private final SessionEvents events;
    private final AnswerRepository answers;
    private final ContributionRepository contributions;
    private final MoodCardRepository cards;
    private final SmallStepRepository smallSteps;

    DistressService(SessionAccess access, SessionEvents events, AnswerRepository answers,
                    ContributionRepository contributions, MoodCardRepository cards, SmallStepRepository smallSteps) {
        this.smallSteps = smallSteps;
        this.access = access;
        this.events = events;
        this.answers = answers;
        this.contributions = contributions;
        this.cards = cards;
    }

    /** For the session's leaders; refused for anyone else, and for an alert that was already decided. */
    @Transactional
    public void decide(SessionId id, DistressAlert.Source source, UUID itemId, boolean show) {
        access.requireLeader(id);
        events.recordChange(id);
        Distress decision = show ? Distress.SHOWN : Distress.KEPT_PRIVATE;
        switch (source) {
            case ANSWER -> {
                Answer held = answers.findById(new AnswerId(itemId))
                        .filter(a -> a.sessionId().equals(id) && a.distress() == Distress.HELD)
                        .orElseThrow(DistressService::gone);
                answers.updateDistress(held.decided(decision));
                if (held.awaitsShowing()) { // an anonymous answer let through joins the next batch
                    TabletService.showIfABatchIsFull(answers, id, held.stepId());
                }
            }
            case CONTRIBUTION -> {
                Contribution held = contributions.findById(new ContributionId(itemId))
                        .filter(c -> c.sessionId().equals(id) && c.distress() == Distress.HELD)
                        .orElseThrow(DistressService::gone);
                contributions.update(held.decided(decision));
            }
            case MOOD_CARD -> {
                MoodCard held = cards.findById(new MoodCardId(itemId))
                        .filter(c -> c.sessionId().equals(id) && c.distress() == Distress.HELD)
                        .orElseThrow(DistressService::gone);
                cards.update(List.of(held.decided(decision)));
            }
            case SMALL_STEP -> {
                // never on a shared screen: the decision only closes the alert
                SmallStep held = smallSteps.findById(new SmallStepId(itemId))
                        .filter(s -> s.sessionId().equals(id) && s.distress() == Distress.HELD)
                        .orElseThrow(DistressService::gone);
                smallSteps.updateDistress(held.decided(Distress.KEPT_PRIVATE));
            }
        }
    }

    private static InvalidValueException gone() {
        return new InvalidValueException("alert", "validation.alert-gone");
    }
}
