package org.yichuang.ui.clerk.evaluation;

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
    private boolean done;

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
        if (busy.get() || done) {
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
        }, sent -> {
            busy.set(false);
            message.set(i18n.get("evaluation.thanks"));
            finish();
        }, failure -> {
            busy.set(false);
            message.set(i18n.get("evaluation.failed") + errors.of(failure));
        });
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

    public BooleanProperty busyProperty() {
        return busy;
    }
}
