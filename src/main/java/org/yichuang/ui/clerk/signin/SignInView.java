package org.yichuang.ui.clerk.signin;

import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.yichuang.ui.common.I18n;
import org.yichuang.ui.common.Styles;

/** The sign-in card. */
public final class SignInView {
    private final VBox root = new VBox(12);

    public SignInView(SignInViewModel model, I18n i18n) {
        Label title = new Label(i18n.get("signin.title"));
        title.getStyleClass().add(Styles.TITLE);
        TextField user = new TextField();
        user.setId("signin-username");
        user.setPromptText(i18n.get("signin.username"));
        user.textProperty().bindBidirectional(model.usernameProperty());
        PasswordField password = new PasswordField();
        password.setId("signin-password");
        password.setPromptText(i18n.get("signin.password"));
        password.textProperty().bindBidirectional(model.passwordProperty());
        Button go = new Button(i18n.get("signin.button"));
        go.setId("signin-button");
        go.setDefaultButton(true);
        go.setMaxWidth(Double.MAX_VALUE);
        go.disableProperty().bind(model.busyProperty());
        go.setOnAction(e -> model.signIn());
        user.setOnAction(e -> password.requestFocus());
        Label error = new Label();
        error.setId("signin-error");
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        VBox card = new VBox(12, title, new Label(i18n.get("signin.hint")), user, password, go, error);
        card.getStyleClass().add(Styles.CARD);
        card.setMaxWidth(380);
        root.getChildren().add(card);
        root.setAlignment(Pos.CENTER);
        javafx.application.Platform.runLater(user::requestFocus);
    }

    public Parent node() {
        return root;
    }
}
