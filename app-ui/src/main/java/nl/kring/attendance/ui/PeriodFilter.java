package nl.kring.attendance.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.util.function.Consumer;
import nl.kring.attendance.Period;
import nl.kring.base.ui.ReaderLocale;

/** Two dates, from and to; tells the page when both make a valid period. */
class PeriodFilter extends FlexLayout {

    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();

    PeriodFilter(Period start, Consumer<Period> changed) {
        addClassName("kring-filters");
        setFlexWrap(FlexWrap.WRAP);
        from.setLabel(getTranslation("attendance.from"));
        to.setLabel(getTranslation("attendance.to"));
        from.setValue(start.from());
        to.setValue(start.to());
        for (DatePicker picker : new DatePicker[] {from, to}) {
            picker.setLocale(ReaderLocale.of(picker));
            picker.addValueChangeListener(e -> {
                if (from.getValue() != null && to.getValue() != null && !to.getValue().isBefore(from.getValue())) {
                    from.setInvalid(false);
                    changed.accept(new Period(from.getValue(), to.getValue()));
                } else {
                    from.setErrorMessage(getTranslation("validation.period-order"));
                    from.setInvalid(true);
                }
            });
        }
        add(from, to);
    }

    Period period() {
        return new Period(from.getValue(), to.getValue());
    }
}
