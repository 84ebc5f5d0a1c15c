package org.yichuang.ui.kiosk.menu;

import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.yichuang.ui.common.I18n;
import org.yichuang.ui.common.Styles;
import org.yichuang.ui.kiosk.KioskNavigator;

/** The services a citizen can use at this kiosk, as large tiles. */
public final class ServicesMenuView {
    private final VBox root = new VBox(30);

    public ServicesMenuView(KioskNavigator navigator, I18n i18n) {
        Label title = new Label(i18n.get("kiosk.menu.title"));
        title.getStyleClass().add(Styles.TITLE);
        Button progress = tile(i18n.get("kiosk.menu.progress"), i18n.get("kiosk.menu.progress.hint"));
        progress.setId("kiosk-progress");
        progress.setOnAction(e -> navigator.progressQuery());
        Button leave = new Button(i18n.get("kiosk.leave"));
        leave.setId("kiosk-leave");
        leave.getStyleClass().add(Styles.KEY);
        leave.setAccessibleText(leave.getText());
        leave.setOnAction(e -> navigator.attract());
        Button identify = tile(i18n.get("kiosk.menu.identify"), i18n.get("kiosk.menu.identify.hint"));
        identify.setId("kiosk-identify-tile");
        identify.setOnAction(e -> navigator.identify());
        FlowPane tiles = new FlowPane(24, 24, identify, progress);
        tiles.setAlignment(Pos.CENTER);
        root.getChildren().addAll(title, tiles, leave);
        root.setAlignment(Pos.CENTER);
    }

    private static Button tile(String name, String hint) {
        Button tile = new Button(name + "\n" + hint);
        tile.getStyleClass().add(Styles.TILE);
        tile.setAccessibleText(name);
        tile.setWrapText(true);
        return tile;
    }

    public Parent node() {
        return root;
    }
}
