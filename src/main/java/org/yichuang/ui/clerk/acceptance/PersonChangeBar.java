package org.yichuang.ui.clerk.acceptance;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.FlowPane;
import org.yichuang.ui.common.I18n;
import org.yichuang.ui.common.Styles;

/**
 * The clerk's answer when another person's card was read: change to them (what came from the previous person is
 * dropped) or keep the current one. Shown only while such a card waits for the role it was read for.
 */
final class PersonChangeBar {
    private final FlowPane root = new FlowPane(8, 6);

    PersonChangeBar(ApplicantModel people, ApplicantModel.Role role, I18n i18n) {
        String id = role == ApplicantModel.Role.AGENT ? "agent" : "applicant";
        Button change = new Button(i18n.get("acceptance.change.confirm"));
        change.setId(id + "-change-confirm");
        change.getStyleClass().add(Styles.DANGER);
        change.setOnAction(e -> people.confirmChange());
        Button keep = new Button(i18n.get("acceptance.change.cancel"));
        keep.setId(id + "-change-cancel");
        keep.setDefaultButton(false);
        keep.setOnAction(e -> people.cancelChange());
        root.getChildren().addAll(keep, change);
        var waiting = javafx.beans.binding.Bindings.createBooleanBinding(
                () -> people.pendingProperty().get() != null && people.pendingProperty().get().role() == role,
                people.pendingProperty());
        root.visibleProperty().bind(waiting);
        root.managedProperty().bind(waiting);
    }

    Node node() {
        return root;
    }
}
