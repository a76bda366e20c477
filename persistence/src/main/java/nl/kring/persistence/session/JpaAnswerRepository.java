package nl.kring.persistence.session;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.kring.domain.organisation.ParticipantId;
import nl.kring.domain.session.Answer;
import nl.kring.domain.session.AnswerId;
import nl.kring.domain.session.AnswerRepository;
import nl.kring.domain.session.SessionId;
import nl.kring.domain.session.StepId;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
@Transactional
class JpaAnswerRepository implements AnswerRepository {

    /** Named answers by time; anonymous ones (no time) after them by text, so that order reveals nothing. */
    private static final Comparator<Answer> DISPLAY_ORDER = Comparator
            .comparing(Answer::answeredAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(a -> a.text().toLowerCase(Locale.ROOT));

    private final AnswerEntityRepository answers;

    JpaAnswerRepository(AnswerEntityRepository answers) {
        this.answers = answers;
    }

    @Override
    public boolean saveOnce(Answer a) {
        return answers.insertOnce(a.id().value(), a.sessionId().value(), a.stepId().value(), a.question(),
                a.authorId() == null ? null : a.authorId().value(), a.text(), a.submissionKey(),
                a.answeredAt(), a.distress().name(), a.awaitsShowing()) == 1;
    }

    @Override
    public void showWaiting(StepId step) {
        answers.showWaiting(step.value());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Answer> findById(AnswerId id) {
        return answers.findById(id.value()).map(JpaAnswerRepository::toAnswer);
    }

    @Override
    public void updateDistress(Answer answer) {
        answers.findById(answer.id().value()).ifPresent(e -> e.distress = answer.distress());
    }

    @Override
    @Transactional(readOnly = true)
    public List<Answer> findBySession(SessionId sessionId) {
        return answers.findBySessionId(sessionId.value()).stream()
                .map(JpaAnswerRepository::toAnswer)
                .sorted(DISPLAY_ORDER)
                .toList();
    }

    private static Answer toAnswer(AnswerEntity e) {
        return new Answer(new AnswerId(e.id), new SessionId(e.sessionId), new StepId(e.stepId), e.question,
                e.participantId == null ? null : new ParticipantId(e.participantId), e.text, e.submissionKey,
                e.answeredAt, e.distress, e.awaitsShowing);
    }
}
