package org.yichuang.ui.kiosk.identify;

import javafx.animation.Animation;
import javafx.animation.TranslateTransition;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;
import org.yichuang.ui.common.I18n;
import org.yichuang.ui.common.Styles;
import org.yichuang.ui.kiosk.KioskNavigator;

/** Where to put the card, shown as a card gliding onto the reader; listens only while on screen. */
public final class IdentifyView {
    private final VBox root = new VBox(28);

    public IdentifyView(IdentifyViewModel model, KioskNavigator navigator, I18n i18n) {
        Label title = new Label(i18n.get("kiosk.identify.title"));
        title.getStyleClass().add(Styles.TITLE);
        Rectangle readerPad = new Rectangle(280, 60);
        readerPad.getStyleClass().add("reader-pad");
        Rectangle card = new Rectangle(170, 106);
        card.setArcWidth(16);
        card.setArcHeight(16);
        card.getStyleClass().add("id-card");
        StackPane picture = new StackPane(readerPad, card);
        picture.setMinHeight(240);
        StackPane.setAlignment(readerPad, Pos.BOTTOM_CENTER);
        StackPane.setAlignment(card, Pos.BOTTOM_CENTER);
        TranslateTransition glide = new TranslateTransition(Duration.seconds(1.6), card);
        glide.setFromY(-120);
        glide.setToY(-20);
        glide.setCycleCount(Animation.INDEFINITE);
        Label message = new Label();
        message.setId("kiosk-identify-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        Button back = new Button(i18n.get("common.back"));
        back.setId("kiosk-identify-back");
        back.getStyleClass().add(Styles.KEY);
        back.setAccessibleText(back.getText());
        back.setOnAction(e -> navigator.menu());
        root.getChildren().addAll(title, picture, message, back);
        root.setAlignment(Pos.CENTER);
        root.setId("kiosk-identify");
        root.sceneProperty().addListener((obs, was, scene) -> {
            if (scene == null) {
                glide.stop();
                model.stop();
            } else {
                glide.play();
                model.start();
            }
        });
    }

    public Parent node() {
        return root;
    }
}
