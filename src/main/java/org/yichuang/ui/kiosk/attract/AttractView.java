package org.yichuang.ui.kiosk.attract;

import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.yichuang.ui.common.I18n;
import org.yichuang.ui.common.Styles;
import org.yichuang.ui.kiosk.KioskNavigator;

/** The idle screen: touch anywhere to begin. */
public final class AttractView {
    private final VBox root = new VBox(30);

    public AttractView(KioskNavigator navigator, I18n i18n) {
        Label title = new Label(i18n.get("kiosk.attract.title"));
        title.getStyleClass().add(Styles.TITLE);
        Label hint = new Label(i18n.get("kiosk.attract.touch"));
        hint.getStyleClass().add("attract-hint");
        Label privacy = new Label(i18n.get("kiosk.attract.privacy"));
        privacy.getStyleClass().add(Styles.MUTED);
        root.getChildren().addAll(title, hint, privacy);
        root.setAlignment(Pos.CENTER);
        root.setId("kiosk-attract");
        root.setAccessibleText(i18n.get("kiosk.attract.touch"));
        root.setOnMouseClicked(e -> navigator.menu());
        root.setOnTouchPressed(e -> navigator.menu());
    }

    public Parent node() {
        return root;
    }
}
