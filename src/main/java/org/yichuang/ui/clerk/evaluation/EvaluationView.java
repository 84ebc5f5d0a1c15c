package org.yichuang.ui.clerk.evaluation;

import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.yichuang.domain.evaluation.Indicator;
import org.yichuang.domain.evaluation.Rating;
import org.yichuang.ui.common.I18n;
import org.yichuang.ui.common.Styles;

/** Five large rating buttons for the applicant; for a bad rating, the aspects and a reason. Touch-sized. */
public final class EvaluationView {
    private final VBox root = new VBox(18);

    public EvaluationView(EvaluationViewModel model, I18n i18n) {
        Label title = new Label(i18n.get("evaluation.title"));
        title.getStyleClass().add(Styles.TITLE);
        Label subject = new Label(model.subject());
        ToggleGroup group = new ToggleGroup();
        HBox ratings = new HBox(12);
        ratings.setAlignment(Pos.CENTER);
        for (Rating r : model.ratings()) {
            ToggleButton b = new ToggleButton("★".repeat(r.score()) + "\n" + model.label(r));
            b.setId("rating-" + r.score());
            b.setToggleGroup(group);
            b.getStyleClass().add("rating");
            b.setMinSize(150, 90);
            b.setOnAction(e -> model.ratingProperty().set(b.isSelected() ? r : null));
            ratings.getChildren().add(b);
        }
        FlowPane aspects = new FlowPane(16, 8);
        aspects.setAlignment(Pos.CENTER);
        for (Indicator i : model.indicatorChoices()) {
            CheckBox c = new CheckBox(model.label(i));
            c.setId("indicator-" + i.name());
            c.selectedProperty().addListener((obs, was, on) -> {
                if (on) {
                    model.indicators().add(i);
                } else {
                    model.indicators().remove(i);
                }
            });
            aspects.getChildren().add(c);
        }
        TextArea reason = new TextArea();
        reason.setId("evaluation-reason");
        reason.setPromptText(i18n.get("evaluation.reason"));
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        reason.textProperty().bindBidirectional(model.reasonProperty());
        VBox bad = new VBox(8, new Label(i18n.get("evaluation.aspects")), aspects, reason);
        bad.visibleProperty().bind(model.ratingProperty().map(Rating::bad).orElse(false));
        bad.managedProperty().bind(bad.visibleProperty());
        Button submit = new Button(i18n.get("evaluation.submit"));
        submit.setId("evaluation-submit");
        submit.getStyleClass().add(Styles.ACCENT);
        submit.disableProperty().bind(model.busyProperty());
        submit.setOnAction(e -> model.submit());
        Button decline = new Button(i18n.get("evaluation.decline"));
        decline.setId("evaluation-decline");
        decline.setOnAction(e -> model.decline());
        Label message = new Label();
        message.setId("evaluation-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        HBox actions = new HBox(16, submit, decline);
        actions.setAlignment(Pos.CENTER);
        actions.visibleProperty().bind(model.thankedProperty().not()); // rated: nothing to press again
        ratings.disableProperty().bind(model.thankedProperty());
        message.getStyleClass().add(Styles.TITLE);
        root.getChildren().addAll(title, subject, ratings, bad, actions, message);
        root.setAlignment(Pos.TOP_CENTER);
        root.getStyleClass().addAll(Styles.SECTION, "evaluation");
        root.setMaxWidth(900);
    }

    public Parent node() {
        return root;
    }
}
