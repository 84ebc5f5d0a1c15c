package org.yichuang.ui.kiosk.progress;

import java.time.format.DateTimeFormatter;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.yichuang.domain.cases.CaseNumbers;
import org.yichuang.domain.cases.CaseProgress;
import org.yichuang.ui.common.ErrorMessages;
import org.yichuang.ui.common.I18n;
import org.yichuang.ui.common.TaskExecutor;
import org.yichuang.usecase.QueryProgress;
import org.yichuang.usecase.port.PlatformException;

/** 查询办件进度: digits from the keypad, then the case's status timeline. Holds nothing after {@link #clear()}. */
public final class ProgressQueryViewModel {
    private final StringProperty digits = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final ObjectProperty<CaseProgress> result = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final QueryProgress query;
    private final TaskExecutor tasks;
    private final I18n i18n;
    private final ErrorMessages errors;
    private final DateTimeFormatter time;
    private final DateTimeFormatter day;

    public ProgressQueryViewModel(QueryProgress query, TaskExecutor tasks, I18n i18n, ErrorMessages errors) {
        this.query = query;
        this.tasks = tasks;
        this.i18n = i18n;
        this.errors = errors;
        this.time = DateTimeFormatter.ofPattern(i18n.get("format.dateTime"), i18n.locale());
        this.day = DateTimeFormatter.ofPattern(i18n.get("format.date"), i18n.locale());
        message.set(i18n.get("kiosk.progress.prompt"));
    }

    public void press(char digit) {
        if (Character.isDigit(digit) && digits.get().length() < CaseNumbers.LENGTH) {
            result.set(null); // a new number: the case shown before is not this one
            digits.set(digits.get() + digit);
            message.set(i18n.get("kiosk.progress.prompt")); // an error was about the number before
        }
    }

    public void delete() {
        String d = digits.get();
        result.set(null);
        digits.set(d.isEmpty() ? d : d.substring(0, d.length() - 1));
        message.set(i18n.get("kiosk.progress.prompt"));
    }

    public void submit() {
        if (busy.get()) {
            return;
        }
        result.set(null); // whatever this query finds, the previous case is no longer on screen
        if (!CaseNumbers.isValid(digits.get())) {
            message.set(digits.get().length() < CaseNumbers.LENGTH ? i18n.get("kiosk.progress.tooShort", CaseNumbers.LENGTH)
                    : i18n.get("kiosk.progress.checkDigit"));
            return;
        }
        busy.set(true);
        message.set(i18n.get("kiosk.progress.searching"));
        String typed = digits.get();
        tasks.run(() -> query.query(typed), found -> {
            busy.set(false);
            result.set(found);
            message.set("");
        }, failure -> {
            busy.set(false);
            boolean unknown = failure instanceof PlatformException p && p.kind() == PlatformException.Kind.NOT_FOUND;
            message.set(unknown ? i18n.get("kiosk.progress.notFound") : errors.of(failure));
        });
    }

    /** Forgets the number typed and the result: called when the session ends. */
    public void clear() {
        digits.set("");
        result.set(null);
        message.set(i18n.get("kiosk.progress.prompt"));
    }

    public String statusText(CaseProgress p) {
        return i18n.get("caseStatus." + p.status().name());
    }

    public String when(java.time.OffsetDateTime at) {
        return time.format(at);
    }

    /** The day in the citizen's words; empty when there is none (a refused or notified case promises no day). */
    public String day(java.time.LocalDate date) {
        return date == null ? "" : day.format(date);
    }

    public StringProperty digitsProperty() {
        return digits;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ObjectProperty<CaseProgress> resultProperty() {
        return result;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
