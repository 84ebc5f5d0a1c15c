package org.yichuang.ui.common;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import org.controlsfx.control.StatusBar;

/** The bottom bar: platform state on the left, one label per device on the right. */
public final class StatusBarView {
    private final StatusBar bar = new StatusBar();
    private final Timeline poll;

    public StatusBarView(StatusBarViewModel model) {
        bar.textProperty().bind(model.platformTextProperty());
        bar.setId("status-bar");
        model.platformUpProperty().addListener((obs, was, up) -> bar.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("down"), !up));
        model.deviceStates().addListener((ListChangeListener<org.yichuang.usecase.port.DeviceState>) change -> {
            bar.getRightItems().clear();
            for (var d : model.deviceStates()) {
                Label label = new Label(model.describe(d));
                label.getStyleClass().addAll("device", "device-" + d.condition().name().toLowerCase());
                label.setTooltip(new Tooltip(model.reason(d)));
                bar.getRightItems().add(label);
            }
        });
        int[] tick = {0};
        poll = new Timeline(new KeyFrame(Duration.seconds(3), e -> { // devices every 3 s, the platform every 12 s
            if (++tick[0] % 4 == 0) {
                model.refresh();
            } else {
                model.refreshDevices();
            }
        }));
        poll.setCycleCount(Timeline.INDEFINITE);
        // Polls only while on screen: a status bar that was replaced stops asking.
        bar.sceneProperty().addListener((obs, was, scene) -> {
            if (scene == null) {
                poll.stop();
            } else {
                model.refresh();
                poll.play();
            }
        });
    }

    public StatusBar node() {
        return bar;
    }

    public void stop() {
        poll.stop();
    }
}
