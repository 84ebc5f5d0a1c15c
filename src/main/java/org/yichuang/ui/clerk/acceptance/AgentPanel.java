package org.yichuang.ui.clerk.acceptance;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.yichuang.ui.common.I18n;
import org.yichuang.ui.common.Styles;

/** The agent (代办人), read from their own card after the principal's; shown when a situation asks for one. */
final class AgentPanel {
    private final VBox root = new VBox(8);

    AgentPanel(AcceptanceViewModel model, I18n i18n) {
        Label title = new Label(i18n.get("acceptance.agent"));
        title.getStyleClass().add(Styles.SUBTITLE);
        Button read = new Button(i18n.get("acceptance.agent.read"));
        read.setId("read-agent-card");
        read.setMaxWidth(Double.MAX_VALUE);
        read.disableProperty().bind(model.people().readingProperty());
        read.setOnAction(e -> model.people().readAgentCard());
        Label who = new Label();
        who.setId("agent-who");
        who.setWrapText(true);
        model.people().agentProperty().addListener((obs, was, a) -> who.setText(a == null ? "" : a.name() + "  " + a.idNumber()));
        Label message = new Label();
        message.setId("agent-message");
        message.setWrapText(true);
        message.getStyleClass().add(Styles.WARNING);
        message.textProperty().bind(model.people().agentMessageProperty());
        root.getChildren().addAll(title, read, who, message,
                new PersonChangeBar(model.people(), ApplicantModel.Role.AGENT, i18n).node());
        root.getStyleClass().add(Styles.CARD);
        root.managedProperty().bind(root.visibleProperty());
        root.setVisible(model.needsAgent());
        model.fields().addListener((ListChangeListener<FieldModel>) c -> root.setVisible(model.needsAgent()));
    }

    Node node() {
        return root;
    }
}
