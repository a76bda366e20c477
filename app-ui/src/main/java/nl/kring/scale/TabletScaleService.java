package nl.kring.scale;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.kring.domain.scale.ScaleAnswer;
import nl.kring.domain.scale.ScaleAnswerRepository;
import nl.kring.domain.scale.ScalePoint;
import nl.kring.domain.scale.ScaleQuestion;
import nl.kring.domain.scale.ScaleSpread;
import nl.kring.domain.session.ActivityType;
import nl.kring.domain.session.SessionId;
import nl.kring.domain.session.StepStateRepository;
import nl.kring.domain.session.SessionEvents;
import nl.kring.domain.session.StepId;
import nl.kring.domain.session.TabletToken;
import nl.kring.domain.shared.InvalidValueException;
import nl.kring.session.Delivered;
import nl.kring.session.SubmissionHandler;
import nl.kring.session.TabletAtStep;
import nl.kring.session.TabletSubmission;
import nl.kring.session.TabletService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A tablet's numbers for scale questions, and its own earlier numbers. The same rule as
 * {@link TabletService}: only with the tablet's own token, at the current step of its live
 * session; a person's numbers go back only to that person's tablet.
 */
@Service
@PreAuthorize("permitAll()")
public class TabletScaleService implements SubmissionHandler {

    private final TabletService tablets;
    private final ScaleAnswerRepository answers;
    private final SessionEvents events;
    private final StepStateRepository stepStates;

    TabletScaleService(TabletService tablets, ScaleAnswerRepository answers, SessionEvents events,
                       StepStateRepository stepStates) {
        this.tablets = tablets;
        this.answers = answers;
        this.events = events;
        this.stepStates = stepStates;
    }

    @Override
    public TabletSubmission.Kind kind() {
        return TabletSubmission.Kind.SCALE;
    }

    @Override
    @Transactional
    public Delivered store(TabletToken token, TabletSubmission submission) {
        answer(token, submission.step(), submission.question(), submission.number());
        return Delivered.kept();
    }

    /**
     * Stores (or changes) this tablet's person's number for a question of a step of its live
     * session: the current one, or one the session moved on from while the tap was on its way.
     */
    @Transactional
    public void answer(TabletToken token, StepId stepId, int question, int value) {
        TabletAtStep at = tablets.atStepOfLiveSession(token, stepId, ScaleQuestion.class, "value");
        ScaleQuestion scale = (ScaleQuestion) at.step().activity();
        if (question < 0 || question >= scale.questions().size()) {
            throw new InvalidValueException("value", "validation.step-moved-on");
        }
        events.recordChange(at.session().id());
        answers.save(new ScaleAnswer(at.session().id(), stepId, question, scale.questions().get(question),
                at.participant(), value));
        // the screens' spread moves only by batches (ScaleSpread): never by this one tap alone
        ScaleSpread spread = stepStates.find(stepId, ScaleSpread.class).orElseGet(ScaleSpread::nothingShown)
                .afterAnswer(valuesNow(answers, at.session().id(), stepId));
        stepStates.save(at.session().id(), stepId, ActivityType.SCALE_QUESTION, spread);
    }

    /** The numbers of a step per question, without the people. */
    static Map<Integer, List<Integer>> valuesNow(ScaleAnswerRepository answers, SessionId session, StepId step) {
        return answers.findBySession(session).stream().filter(a -> a.stepId().equals(step))
                .collect(Collectors.groupingBy(ScaleAnswer::question,
                        Collectors.mapping(ScaleAnswer::value, Collectors.toList())));
    }

    /**
     * This tablet's person's numbers in the earlier sessions of their group, oldest first —
     * private history: nothing until the leader has seen who this tablet is.
     */
    @Transactional(readOnly = true)
    public List<ScalePoint> earlierAnswers(TabletToken token, StepId stepId) {
        TabletAtStep at = tablets.atCurrentStep(token, stepId);
        if (!at.tablet().showsHistory()) {
            return List.of();
        }
        return answers.historyOf(at.participant(), at.session().groupId()).stream()
                .filter(point -> !point.session().equals(at.session().id())).toList();
    }
}
