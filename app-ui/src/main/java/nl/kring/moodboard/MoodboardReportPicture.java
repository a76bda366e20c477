package nl.kring.moodboard;

import java.util.Locale;
import nl.kring.domain.moodboard.Moodboard;
import nl.kring.domain.session.SessionId;
import nl.kring.domain.session.Step;
import nl.kring.session.SessionReportService;
import org.springframework.stereotype.Component;

/** The moodboard in the session report: the same picture as its PNG export. */
@Component
class MoodboardReportPicture implements SessionReportService.BoardPicture {

    private final MoodboardService boards;

    MoodboardReportPicture(MoodboardService boards) {
        this.boards = boards;
    }

    @Override
    public boolean draws(Step step) {
        return step.activity() instanceof Moodboard;
    }

    @Override
    public byte[] png(SessionId session, Step step, Locale locale) {
        return boards.export(session, step.id(), false, locale);
    }
}
