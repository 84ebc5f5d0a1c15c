package org.yichuang.ui.clerk.evaluation;

import org.yichuang.usecase.port.PlatformException;
import java.util.EnumSet;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.yichuang.domain.cases.CaseRecord;
import org.yichuang.domain.cases.Channel;
import org.yichuang.domain.evaluation.Evaluation;
import org.yichuang.domain.evaluation.Indicator;
import org.yichuang.domain.evaluation.Rating;
import org.yichuang.ui.common.ErrorMessages;
import org.yichuang.ui.common.I18n;
import org.yichuang.ui.common.TaskExecutor;
import org.yichuang.usecase.RateService;

/**
 * The applicant rates the service (好差评): five levels; a bad rating asks which aspects and why before it is
 * sent. {@code onDone} runs once, after the rating is recorded or the applicant declines.
 */
public final class EvaluationViewModel {
    private final CaseRecord record;
    private final RateService rateService;
    private final TaskExecutor tasks;
    private final I18n i18n;
    private final ErrorMessages errors;
    private final Runnable onDone;
    private final ObjectProperty<Rating> rating = new SimpleObjectProperty<>();
    private final ObservableSet<Indicator> indicators = FXCollections.observableSet(EnumSet.noneOf(Indicator.class));
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty thanked = new SimpleBooleanProperty();
    private boolean done;
    /** How long the thanks stay on screen before the next applicant. */
    static final java.time.Duration THANKS_SHOWN = java.time.Duration.ofSeconds(3);

    public EvaluationViewModel(CaseRecord record, RateService rateService, TaskExecutor tasks, I18n i18n, ErrorMessages errors,
                               Runnable onDone) {
        this.record = record;
        this.rateService = rateService;
        this.tasks = tasks;
        this.i18n = i18n;
        this.errors = errors;
        this.onDone = onDone;
        rating.addListener((obs, was, now) -> message.set(now != null && now.bad() ? i18n.get("evaluation.badAsks") : ""));
    }

    public void submit() {
        if (busy.get() || done || thanked.get()) {
            return;
        }
        Evaluation evaluation = new Evaluation(record.caseNumber(), rating.get(), indicators, reason.get(), Channel.WINDOW);
        if (rating.get() == null) {
            message.set(i18n.get("evaluation.choose"));
            return;
        }
        if (!evaluation.complete()) {
            message.set(i18n.get("evaluation.badIncomplete"));
            return;
        }
        busy.set(true);
        tasks.run(() -> {
            rateService.rate(evaluation);
            return evaluation;
        }, sent -> thank("evaluation.thanks"), failure -> {
            busy.set(false);
            if (failure instanceof PlatformException p && p.kind() == PlatformException.Kind.CONFLICT) {
                thank("evaluation.alreadyRated"); // rated before (another screen, a reprint): never a raw 409
                return;
            }
            message.set(i18n.get("evaluation.failed") + errors.of(failure));
        });
    }

    /** The applicant is thanked on screen, then the window goes on after {@link #THANKS_SHOWN}. */
    private void thank(String key) {
        busy.set(false);
        thanked.set(true);
        message.set(i18n.get(key));
        tasks.later(THANKS_SHOWN, () -> true, shown -> finish(), failure -> finish());
    }

    /** The applicant does not wish to rate now. */
    public void decline() {
        finish();
    }

    private void finish() {
        if (!done) {
            done = true;
            onDone.run();
        }
    }

    public List<Rating> ratings() {
        return List.of(Rating.values());
    }

    /** The indicators of a rating at the window (线下). */
    public List<Indicator> indicatorChoices() {
        return Indicator.offline();
    }

    public String label(Rating r) {
        return i18n.get("rating." + r.name());
    }

    public String label(Indicator i) {
        return i18n.get("indicator." + i.name());
    }

    public String subject() {
        return record.subjectName();
    }

    public ObjectProperty<Rating> ratingProperty() {
        return rating;
    }

    public ObservableSet<Indicator> indicators() {
        return indicators;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** Rated: the thanks show and nothing can be sent again. */
    public BooleanProperty thankedProperty() {
        return thanked;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
