package org.yichuang.ui.kiosk.progress;

import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.yichuang.domain.cases.CaseProgress;
import org.yichuang.domain.cases.StatusChange;
import org.yichuang.ui.common.I18n;
import org.yichuang.ui.common.Styles;
import org.yichuang.ui.kiosk.KioskNavigator;

/** The number being typed above the keypad on the left; the timeline of the case found on the right. */
public final class ProgressQueryView {
    private final HBox root = new HBox(60);
    private final VBox timeline = new VBox(16);
    private final ProgressQueryViewModel model;
    private final I18n i18n;

    public ProgressQueryView(ProgressQueryViewModel model, KioskNavigator navigator, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        Label title = new Label(i18n.get("kiosk.menu.progress"));
        title.getStyleClass().add(Styles.TITLE);
        Label digits = new Label();
        digits.setId("case-number-display");
        digits.getStyleClass().add(Styles.BIG_NUMBER);
        digits.textProperty().bind(model.digitsProperty());
        digits.setMinWidth(420);
        digits.setMinHeight(64); // the keypad below never moves as digits go in (field report, issue 12)
        digits.setPrefHeight(64);
        Label message = new Label();
        message.setId("kiosk-progress-message");
        message.setWrapText(true);
        message.setMaxWidth(420);
        message.setMinHeight(56); // room for two lines, so a longer message does not push the keypad down
        message.setPrefHeight(56);
        message.setAlignment(Pos.TOP_LEFT);
        message.textProperty().bind(model.messageProperty());
        Button back = new Button(i18n.get("common.back"));
        back.setId("kiosk-back");
        back.getStyleClass().add(Styles.KEY);
        back.setAccessibleText(back.getText());
        back.setOnAction(e -> navigator.menu());
        VBox left = new VBox(18, title, digits, message,
                new NumericKeypad(model::press, model::delete, model::submit, i18n), back);
        left.setMinWidth(440); // both columns fixed: the keypad never moves under the citizen's finger
        left.setPrefWidth(440);
        left.setMaxWidth(440);
        timeline.setId("kiosk-timeline");
        timeline.setMinWidth(480);
        timeline.setPrefWidth(480); // a fixed column: a long timeline wraps rather than moving the keypad aside
        timeline.setMaxWidth(480);
        timeline.visibleProperty().bind(model.resultProperty().isNotNull());
        timeline.getStyleClass().add(Styles.CARD);
        model.resultProperty().addListener((obs, was, now) -> show(now));
        root.getChildren().addAll(left, timeline);
        root.setAlignment(Pos.TOP_CENTER); // a timeline appearing on the right does not move the keypad
        root.setPadding(new javafx.geometry.Insets(24, 40, 24, 40));
        timeline.setMaxHeight(Double.MAX_VALUE);
    }

    private void show(CaseProgress p) {
        timeline.getChildren().clear();
        if (p == null) {
            return;
        }
        Label subject = new Label(p.subjectName());
        subject.getStyleClass().add(Styles.SUBTITLE);
        subject.setWrapText(true);
        Label status = new Label(model.statusText(p));
        status.setId("kiosk-case-status");
        status.getStyleClass().addAll(Styles.TITLE, Styles.SUCCESS);
        Label who = new Label(i18n.get("kiosk.progress.applicant", p.applicantMasked()));
        timeline.getChildren().addAll(subject, status, who);
        for (StatusChange step : p.timeline()) {
            String stepName = i18n.get("caseStatus." + step.status().name());
            String note = step.note() == null || step.note().equals(stepName) ? "" : i18n.get("kiosk.progress.note", step.note());
            Label line = new Label("● " + stepName + "    " + model.when(step.at()) + note);
            line.getStyleClass().add(Styles.TIMELINE_STEP);
            timeline.getChildren().add(line);
        }
        if (p.promisedBy() != null) { // only an accepted case promises a day
            timeline.getChildren().add(new Label(i18n.get("kiosk.progress.promisedBy", model.day(p.promisedBy()))));
        }
    }

    public Parent node() {
        return root;
    }
}
