package org.yichuang.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Parent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.yichuang.ui.UiTestSupport;

/** The composition root builds the whole object graph of each mode, and the embedded platform comes up. */
@ExtendWith(ApplicationExtension.class)
class CompositionSmokeTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void buildsBothModes(FxRobot robot) throws Exception {
        Path data = Files.createTempDirectory("yichuang-smoke");
        for (String mode : List.of("clerk", "kiosk")) {
            try (Composition composition = new Composition(LaunchOptions.parse(List.of("--mode=" + mode, "--data-dir=" + data)))) {
                Parent[] root = new Parent[1];
                robot.interact(() -> {
                    root[0] = composition.root(() -> stage);
                    UiTestSupport.show(stage, root[0]);
                });
                composition.startBackgroundWork();
                assertThat(root[0].getStyleClass()).contains(mode);
                UiTestSupport.waitUntil("the status bar or attract screen shows",
                        () -> robot.lookup(mode.equals("clerk") ? "#status-bar" : "#kiosk-attract").tryQuery().isPresent());
                if (mode.equals("clerk")) {
                    UiTestSupport.waitUntil("the embedded platform answers", () -> robot.lookup(".status-bar .label")
                            .queryAll().stream().anyMatch(n -> n instanceof javafx.scene.control.Label l
                                    && l.getText() != null && l.getText().startsWith("平台已连接")));
                }
            }
        }
        assertThat(data.resolve("platform/platform.db")).exists();
    }
}
