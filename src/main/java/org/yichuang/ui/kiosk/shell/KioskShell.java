package org.yichuang.ui.kiosk.shell;

import org.yichuang.ui.kiosk.KioskNavigator;
import org.yichuang.ui.kiosk.KioskSession;

import java.time.Duration;
import javafx.event.Event;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TouchEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.yichuang.ui.common.ErrorMessages;
import org.yichuang.ui.common.I18n;
import org.yichuang.ui.common.Styles;
import org.yichuang.ui.common.TaskExecutor;
import org.yichuang.ui.kiosk.attract.AttractView;
import org.yichuang.ui.kiosk.identify.IdentifyView;
import org.yichuang.ui.kiosk.identify.IdentifyViewModel;
import org.yichuang.ui.kiosk.menu.ServicesMenuView;
import org.yichuang.ui.kiosk.progress.ProgressQueryView;
import org.yichuang.ui.kiosk.progress.ProgressQueryViewModel;
import org.yichuang.usecase.QueryProgress;
import org.yichuang.usecase.IdentifyApplicant;

/**
 * The kiosk's full-screen content. A session starts at the first touch on the attract screen; when it ends
 * every screen's model is cleared and dropped, so nothing of the citizen stays in memory or on screen.
 */
public final class KioskShell implements KioskNavigator {
    private final BorderPane root = new BorderPane();
    private final KioskSession session;
    private final QueryProgress queryProgress;
    private final TaskExecutor tasks;
    private final I18n i18n;
    private final ErrorMessages errors;
    private ProgressQueryViewModel progress;
    private final IdentifyApplicant identify;
    private final boolean takesSocialSecurityCards;

    public KioskShell(QueryProgress queryProgress, IdentifyApplicant identify, boolean takesSocialSecurityCards, TaskExecutor tasks,
                      I18n i18n, ErrorMessages errors, Duration idleTimeout) {
        this.queryProgress = queryProgress;
        this.identify = identify;
        this.takesSocialSecurityCards = takesSocialSecurityCards;
        this.tasks = tasks;
        this.i18n = i18n;
        this.errors = errors;
        this.session = new KioskSession(idleTimeout, this::showAttract);
        Label title = new Label(i18n.get("app.title.kiosk"));
        title.getStyleClass().add("product");
        Label countdown = new Label();
        countdown.setId("kiosk-countdown");
        countdown.getStyleClass().add(Styles.COUNTDOWN);
        countdown.visibleProperty().bind(session.activeProperty());
        countdown.textProperty().bind(session.secondsLeftProperty().asString(i18n.get("kiosk.countdown")));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label greeting = new Label();
        greeting.setId("kiosk-greeting");
        greeting.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> session.citizenProperty().get() == null
                ? "" : i18n.get("kiosk.greeting", session.citizenProperty().get().maskedName()), session.citizenProperty()));
        HBox header = new HBox(20, title, gap, greeting, countdown);
        header.getStyleClass().add("header");
        root.setTop(header);
        root.getStyleClass().add("kiosk");
        for (var type : new javafx.event.EventType<?>[] {MouseEvent.MOUSE_PRESSED, TouchEvent.TOUCH_PRESSED, KeyEvent.KEY_PRESSED}) {
            root.addEventFilter(type, (Event e) -> session.touch());
        }
        showAttract();
    }

    public Parent node() {
        return root;
    }

    public KioskSession session() {
        return session;
    }

    private void showAttract() {
        if (progress != null) {
            progress.clear();
            progress = null;
        }
        root.setCenter(new AttractView(this, i18n).node());
    }

    @Override
    public void attract() {
        session.end(); // ends through showAttract, clearing everything
    }

    @Override
    public void menu() {
        if (!session.activeProperty().get()) {
            session.start();
        }
        root.setCenter(new ServicesMenuView(this, i18n).node());
    }

    @Override
    public void identify() {
        IdentifyViewModel model = new IdentifyViewModel(identify, takesSocialSecurityCards, tasks, i18n, errors, applicant -> {
            session.citizenProperty().set(applicant);
            menu();
        });
        root.setCenter(new IdentifyView(model, this, i18n).node());
    }

    @Override
    public void progressQuery() {
        progress = new ProgressQueryViewModel(queryProgress, tasks, i18n, errors);
        root.setCenter(new ProgressQueryView(progress, this, i18n).node());
    }
}
