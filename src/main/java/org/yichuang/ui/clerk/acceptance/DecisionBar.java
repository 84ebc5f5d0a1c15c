package org.yichuang.ui.clerk.acceptance;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.yichuang.domain.cases.Shortfall;
import org.yichuang.ui.common.I18n;
import org.yichuang.ui.common.Styles;

/**
 * The three decisions: accept; a one-time notification, shown before it is issued; a refusal with its ground and
 * the clerk's words. The confirmation panes open inline so the keyboard never leaves the screen.
 */
final class DecisionBar {
    private final VBox box = new VBox(8);
    private final VBox pane = new VBox(6);
    private final AcceptanceViewModel model;
    private final I18n i18n;
    private String refusalGround; // what the clerk chose and wrote, kept when the pane is closed (Escape)
    private String refusalDetail = "";

    DecisionBar(AcceptanceViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        Button accept = button("acceptance.accept", "accept-case", model.decisions()::accept);
        accept.getStyleClass().add(Styles.ACCENT);
        Button notify = button("acceptance.notify", "notify-case", this::showShortfalls);
        Button refuse = button("acceptance.refuse", "refuse-case", this::showRefusal);
        Label message = new Label();
        message.setId("acceptance-message");
        message.setWrapText(true);
        message.textProperty().bind(model.decisions().messageProperty());
        HBox.setHgrow(message, Priority.ALWAYS);
        HBox buttons = new HBox(10, accept, notify, refuse, message);
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.disableProperty().bind(model.decisions().busyProperty());
        box.getChildren().addAll(pane, buttons);
        box.setPadding(new Insets(10, 0, 0, 0));
    }

    Node node() {
        return box;
    }

    void showShortfalls() {
        List<Shortfall> all = model.decisions().shortfalls();
        pane.getChildren().clear();
        pane.getStyleClass().setAll(Styles.CARD);
        Label head = new Label(i18n.get("acceptance.notify.head", all.size()));
        head.getStyleClass().add(Styles.SUBTITLE);
        VBox lines = new VBox(4);
        for (int i = 0; i < all.size(); i++) {
            Label line = new Label((i + 1) + ". " + all.get(i).subject() + " —— " + all.get(i).reason());
            line.setWrapText(true);
            lines.getChildren().add(line);
        }
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(lines);
        scroll.setFitToWidth(true);
        scroll.setMaxHeight(220);
        pane.getChildren().addAll(head, scroll);
        Button issue = button("acceptance.notify.issue", "notify-confirm", model.decisions()::notifyShortfalls);
        issue.setDisable(all.isEmpty());
        pane.getChildren().add(new HBox(10, issue, button("common.cancel", "notify-cancel", this::close)));
        issue.requestFocus();
    }

    void showRefusal() {
        pane.getChildren().clear();
        pane.getStyleClass().setAll(Styles.CARD);
        Label head = new Label(i18n.get("acceptance.refusal.head"));
        head.getStyleClass().add(Styles.SUBTITLE);
        ComboBox<String> ground = new ComboBox<>();
        ground.setId("refusal-ground");
        ground.getItems().setAll(model.decisions().refusalGrounds());
        ground.setPromptText(i18n.get("acceptance.refusal.ground"));
        ground.setMaxWidth(Double.MAX_VALUE);
        ground.setValue(refusalGround);
        ground.valueProperty().addListener((obs, was, now) -> refusalGround = now);
        TextArea detail = new TextArea(refusalDetail);
        detail.textProperty().addListener((obs, was, now) -> refusalDetail = now);
        detail.setId("refusal-detail");
        detail.setPromptText(i18n.get("acceptance.refusal.detail"));
        detail.setPrefRowCount(2);
        detail.setWrapText(true);
        Button issue = button("acceptance.refusal.issue", "refusal-confirm",
                () -> model.decisions().refuse(ground.getValue(), detail.getText()));
        pane.getChildren().addAll(head, ground, detail,
                new HBox(10, issue, button("common.cancel", "refusal-cancel", this::close)));
        ground.requestFocus();
    }

    /** Closes the open pane (Escape, 取消); what was chosen and written in it comes back when it opens again. */
    boolean close() {
        boolean open = !pane.getChildren().isEmpty();
        pane.getChildren().clear();
        pane.getStyleClass().clear();
        return open;
    }

    private Button button(String key, String id, Runnable action) {
        Button b = new Button(i18n.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }
}
