package org.yichuang.ui.kiosk.progress;

import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.layout.GridPane;
import org.yichuang.ui.common.I18n;
import org.yichuang.ui.common.Styles;

/** A touch keypad: digits, delete, and confirm; every key at least 80 px square. */
final class NumericKeypad extends GridPane {
    NumericKeypad(Consumer<Character> digit, Runnable delete, Runnable confirm, I18n i18n) {
        setHgap(12);
        setVgap(12);
        String keys = "123456789";
        for (int i = 0; i < keys.length(); i++) {
            char c = keys.charAt(i);
            add(key(String.valueOf(c), "key-" + c, () -> digit.accept(c)), i % 3, i / 3);
        }
        add(key(i18n.get("kiosk.key.delete"), "key-delete", delete), 0, 3);
        add(key("0", "key-0", () -> digit.accept('0')), 1, 3);
        Button ok = key(i18n.get("kiosk.key.confirm"), "key-confirm", confirm);
        ok.getStyleClass().add(Styles.ACCENT);
        add(ok, 2, 3);
    }

    private static Button key(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().add(Styles.KEY);
        b.setAccessibleText(text);
        b.setMinSize(110, 84);
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }
}
