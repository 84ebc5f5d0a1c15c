package org.yichuang.ui.clerk.acceptance;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.yichuang.domain.catalogue.FieldType;
import org.yichuang.domain.catalogue.SituationOption;
import org.yichuang.ui.common.I18n;
import org.yichuang.ui.common.Styles;

/**
 * The applicant and situations on the left, the merged form in the middle, materials on the right. F2 reads,
 * Ctrl+Enter accepts, F8 notifies what is missing, F9 refuses. Each field's label sits above its input and its
 * message below it, wrapped: nothing is cut at 1024 × 768.
 */
public final class AcceptanceView {
    private final BorderPane root = new BorderPane();
    private final I18n i18n;
    private final VBox form = new VBox(4);

    public AcceptanceView(AcceptanceViewModel model, I18n i18n) {
        this.i18n = i18n;
        Label title = new Label(i18n.get("acceptance.title", model.subject().name()));
        title.getStyleClass().add(Styles.TITLE);
        Button cancel = new Button(i18n.get("common.back"));
        cancel.setOnAction(e -> model.cancel());
        HBox top = new HBox(10, cancel, title, leaveBar(model));
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        top.setPadding(new javafx.geometry.Insets(0, 0, 10, 0));
        root.setTop(top);
        VBox left = new VBox(12, new ApplicantPanel(model, i18n).node(), situations(model), new AgentPanel(model, i18n).node());
        if (model.crossRegionOffered()) {
            left.getChildren().add(regionChooser(model));
        }
        left.setPrefWidth(330);
        root.setLeft(scroll(left));
        root.setCenter(scroll(form));
        root.setRight(scroll(new MaterialsPanel(model, i18n).node()));
        model.fields().addListener((ListChangeListener<FieldModel>) c -> showFields(model));
        showFields(model);
        DecisionBar decisions = new DecisionBar(model, i18n);
        root.setBottom(decisions.node());
        form.setPadding(new javafx.geometry.Insets(4, 16, 16, 16));
        root.getStyleClass().add(Styles.SECTION);
        var keys = java.util.Map.<KeyCombination, Runnable>of(new KeyCodeCombination(KeyCode.F2), model.people()::readCard,
                new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN), model.decisions()::accept,
                new KeyCodeCombination(KeyCode.F8), decisions::showShortfalls,
                new KeyCodeCombination(KeyCode.F9), decisions::showRefusal,
                new KeyCodeCombination(KeyCode.ESCAPE), () -> { // closes what is open, never the acceptance
                    if (!decisions.close()) {
                        model.stay();
                    }
                });
        root.sceneProperty().addListener((obs, was, scene) -> {
            if (was != null) { // leaving the screen: its keys must not act on a finished acceptance
                keys.keySet().forEach(was.getAccelerators()::remove);
            }
            if (scene != null) {
                scene.getAccelerators().putAll(keys);
            }
        });
    }

    public Parent node() {
        return root;
    }

    /** Asks before a half-done acceptance is given up. */
    private Node leaveBar(AcceptanceViewModel model) {
        Label ask = new Label(i18n.get("acceptance.leave.ask"));
        ask.setWrapText(true);
        ask.getStyleClass().add(Styles.WARNING);
        Button stay = new Button(i18n.get("acceptance.leave.stay"));
        stay.setId("leave-stay");
        stay.setOnAction(e -> model.stay());
        Button leave = new Button(i18n.get("acceptance.leave.confirm"));
        leave.setId("leave-confirm");
        leave.setOnAction(e -> model.confirmLeave());
        HBox bar = new HBox(8, ask, stay, leave);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.setId("leave-bar");
        bar.visibleProperty().bind(model.leavingProperty());
        bar.managedProperty().bind(model.leavingProperty());
        model.leavingProperty().addListener((obs, was, now) -> {
            if (now) {
                stay.requestFocus(); // Enter keeps the work
            }
        });
        return bar;
    }

    private Node situations(AcceptanceViewModel model) {
        VBox box = new VBox(8);
        Label title = new Label(i18n.get("acceptance.situations"));
        title.getStyleClass().add(Styles.SUBTITLE);
        box.getChildren().add(title);
        for (SituationModel s : model.situations()) {
            ChoiceBox<SituationOption> choice = new ChoiceBox<>();
            choice.getItems().setAll(s.situation().options());
            choice.setConverter(new StringConverter<>() {
                @Override
                public String toString(SituationOption o) {
                    return o == null ? "" : o.label();
                }

                @Override
                public SituationOption fromString(String text) {
                    return null;
                }
            });
            choice.valueProperty().bindBidirectional(s.answerProperty());
            Label question = new Label(s.situation().question());
            question.setWrapText(true);
            box.getChildren().addAll(question, choice);
        }
        box.getStyleClass().add(Styles.CARD);
        return box;
    }

    private void showFields(AcceptanceViewModel model) {
        form.getChildren().clear();
        String group = "";
        Control previous = null;
        for (FieldModel f : model.fields()) {
            if (!f.field().group().name().equals(group)) {
                group = f.field().group().name();
                Label head = new Label(i18n.get("fieldGroup." + group));
                head.getStyleClass().add(Styles.SUBTITLE);
                head.setPadding(new javafx.geometry.Insets(8, 0, 0, 0));
                form.getChildren().add(head);
            }
            Label label = new Label(f.field().label() + (f.field().required() ? " *" : ""));
            label.setWrapText(true);
            label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            Control input = input(f);
            input.setId("field-" + f.field().key());
            input.setMaxWidth(420);
            label.setLabelFor(input);
            if (previous instanceof TextField text) {
                text.setOnAction(e -> input.requestFocus()); // Enter moves on
            }
            previous = input;
            Label error = new Label();
            error.setId("error-" + f.field().key());
            error.getStyleClass().add(Styles.DANGER);
            error.textProperty().bind(f.errorProperty());
            error.setWrapText(true);
            error.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            error.managedProperty().bind(f.errorProperty().isNotEmpty());
            error.visibleProperty().bind(error.managedProperty());
            form.getChildren().add(new VBox(2, label, input, error, warning(f)));
        }
    }

    /** A warning the clerk confirms after checking the original (a USCC check mismatch); hidden when there is none. */
    private javafx.scene.Node warning(FieldModel f) {
        javafx.scene.control.CheckBox confirm = new javafx.scene.control.CheckBox();
        confirm.setId("confirm-" + f.field().key());
        confirm.textProperty().bind(f.warningProperty().map(w -> w + " " + i18n.get("field.confirm")));
        confirm.setWrapText(true);
        confirm.getStyleClass().add(Styles.WARNING);
        confirm.selectedProperty().bindBidirectional(f.confirmedProperty());
        confirm.visibleProperty().bind(f.warningProperty().isNotEmpty());
        confirm.managedProperty().bind(confirm.visibleProperty());
        return confirm;
    }

    private Control input(FieldModel f) {
        if (f.field().type() == FieldType.CHOICE && !f.field().options().isEmpty()) {
            ComboBox<String> box = new ComboBox<>();
            box.getItems().setAll(f.field().options());
            box.valueProperty().bindBidirectional(f.valueProperty());
            return box;
        }
        TextField text = new TextField();
        text.setPrefColumnCount(24);
        text.textProperty().bindBidirectional(f.valueProperty());
        if (f.field().type() == FieldType.DATE) {
            text.setPromptText("yyyy-MM-dd");
        }
        return text;
    }

    /** 跨域通办: the region that handles the case when it is not this hall's own. */
    private Node regionChooser(AcceptanceViewModel model) {
        Label title = new Label(i18n.get("acceptance.handlingRegion"));
        title.getStyleClass().add(Styles.SUBTITLE);
        ComboBox<String> region = new ComboBox<>();
        region.setId("handling-region");
        region.getItems().setAll(org.yichuang.domain.cases.Regions.all().keySet());
        region.setConverter(new StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null ? "" : org.yichuang.domain.cases.Regions.name(code).orElse(code);
            }

            @Override
            public String fromString(String text) {
                return null;
            }
        });
        region.valueProperty().bindBidirectional(model.handlingRegionProperty());
        Label note = new Label(i18n.get("acceptance.handlingRegion.note"));
        note.setWrapText(true);
        note.getStyleClass().add(Styles.MUTED);
        VBox box = new VBox(6, title, region, note);
        box.getStyleClass().add(Styles.CARD);
        return box;
    }

    private static ScrollPane scroll(Node content) {
        ScrollPane pane = new ScrollPane(content);
        pane.setFitToWidth(true);
        return pane;
    }
}
