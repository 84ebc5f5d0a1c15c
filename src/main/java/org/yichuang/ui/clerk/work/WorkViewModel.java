package org.yichuang.ui.clerk.work;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.yichuang.domain.clerk.Actor;
import org.yichuang.domain.cases.CaseSummary;
import org.yichuang.domain.clerk.Clerk;
import org.yichuang.domain.clerk.PendingMaterial;
import org.yichuang.domain.clerk.WorkList;
import org.yichuang.domain.text.SearchText;
import org.yichuang.ui.clerk.ClerkNavigator;
import org.yichuang.ui.common.DialogService;
import org.yichuang.ui.common.ErrorMessages;
import org.yichuang.ui.common.I18n;
import org.yichuang.ui.common.MaterialNotes;
import org.yichuang.ui.common.TaskExecutor;
import org.yichuang.usecase.MyWork;
import org.yichuang.usecase.SendOutbox;
import org.yichuang.usecase.port.MaterialFiles;

/**
 * My work (我的办件): the clerk's cases of the day, deferred materials coming due (supplying one completes it),
 * decisions still kept in the outbox, and the documents of any case again.
 */
public final class WorkViewModel {
    /** What the work screen needs, wired once by the composition root. */
    public record Services(MyWork work, SendOutbox outbox, TaskExecutor tasks, DialogService dialogs,
                           ClerkNavigator navigator, I18n i18n, ErrorMessages errors, Clock clock) {
    }

    private final Clerk clerk;
    private final Services s;
    private final ObservableList<CaseSummary> cases = FXCollections.observableArrayList();
    private final StringProperty filter = new SimpleStringProperty("");
    private final javafx.collections.transformation.FilteredList<CaseSummary> shown = new javafx.collections.transformation.FilteredList<>(cases);
    private final ObservableList<PendingMaterial> pending = FXCollections.observableArrayList();
    private final IntegerProperty kept = new SimpleIntegerProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public WorkViewModel(Clerk clerk, Services services) {
        this.clerk = clerk;
        this.s = services;
        // the same folding as the catalogue search: full-width digits, spaces and case do not hide a case
        filter.addListener((obs, was, now) -> shown.setPredicate(c -> SearchText.contains(c.caseNumber(), now)
                || SearchText.contains(c.subjectName(), now)));
        refresh();
    }

    public void refresh() {
        LocalDate today = LocalDate.now(s.clock());
        s.tasks().run(() -> s.outbox().pending(), kept::set, f -> message.set(s.errors().of(f)));
        s.tasks().run(() -> s.work().of(today), (WorkList work) -> {
            cases.setAll(work.cases());
            pending.setAll(work.pending());
        }, f -> message.set(s.i18n().get("work.unreachable") + s.errors().of(f)));
    }

    /** Sends the outbox now rather than waiting for the next automatic attempt. */
    public void sendKept() {
        background(() -> s.outbox().sendPending(), r -> {
            message.set(s.i18n().get("work.sent", r.sent().size(), r.remaining()));
            refresh();
        });
    }

    public void supplyFile(PendingMaterial p) {
        s.dialogs().chooseOpenFile(s.i18n().get("material.chooseFile", p.materialName()), java.util.List.of("pdf", "jpg", "jpeg", "png"))
                .ifPresent(file -> supply(p, file));
    }

    public void supply(PendingMaterial p, Path file) {
        background(() -> s.work().supply(p, file), made -> {
            message.set(s.i18n().get("work.supplied", p.materialName(), p.caseNumber()) + MaterialNotes.of(s.i18n(), made));
            refresh();
        });
    }

    public void supplyScan(PendingMaterial p) {
        background(() -> s.work().supplyScan(p), made -> {
            message.set(s.i18n().get("work.supplied", p.materialName(), p.caseNumber()) + MaterialNotes.of(s.i18n(), made));
            refresh();
        });
    }

    /** The documents of a case again, to reprint or save. */
    public void documents(CaseSummary c) {
        background(() -> s.work().documents(c.caseNumber(), new Actor.AtWindow(clerk)),
                shown -> s.navigator().documents(shown.record(), shown.documents()));
    }

    private <T> void background(Callable<T> work, java.util.function.Consumer<T> then) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        message.set(s.i18n().get("work.working"));
        s.tasks().run(work, done -> {
            busy.set(false);
            message.set("");
            then.accept(done);
        }, failure -> {
            busy.set(false);
            message.set(failure instanceof MaterialFiles.UnreadableFile u ? s.i18n().get(u.messageKey()) : s.errors().of(failure));
        });
    }

    public boolean overdue(PendingMaterial p) {
        return p.overdueOn(LocalDate.now(s.clock()));
    }

    public String statusText(CaseSummary c) {
        return s.i18n().get("caseStatus." + c.status().name());
    }

    public void back() {
        s.navigator().home();
    }

    /** The day's cases that match {@link #filterProperty()} (all when it is empty). */
    public ObservableList<CaseSummary> cases() {
        return shown;
    }

    /** What the clerk typed to find a case: a case number or part of it, or the item's name. */
    public StringProperty filterProperty() {
        return filter;
    }

    public ObservableList<PendingMaterial> pending() {
        return pending;
    }

    public IntegerProperty keptProperty() {
        return kept;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
