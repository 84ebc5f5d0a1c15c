package org.yichuang.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The kiosk touch checker finds each fault on a deliberately bad screen, so its silence on a real one means something. */
@ExtendWith(ApplicationExtension.class)
class TouchTargetsTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        UiTestSupport.show(stage, new Pane());
    }

    private TouchTargets.Report check(Parent screen, String... required) throws Exception {
        return onFx(() -> {
            stage.getScene().setRoot(screen);
            screen.getStyleClass().add("kiosk"); // the kiosk's sizes, as KioskShell's root has them
            return TouchTargets.check(screen, List.of(required));
        });
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(work));
    }

    private static Button button(String text, String id) {
        Button b = new Button(text);
        b.setId(id);
        return b;
    }

    @Test
    void anEmptyScreenFailsForItsMissingControlsAndForHavingNothingToTouch() throws Exception {
        var report = check(new Pane(), "#kiosk-leave");
        assertThat(report.violations()).containsExactlyInAnyOrder(
                "#kiosk-leave: expected on this screen, but not shown", "nothing on this screen can be touched");
    }

    @Test
    void aHiddenControlDoesNotCountAsShown() throws Exception {
        Button leave = button("离开", "kiosk-leave");
        leave.setVisible(false);
        var report = check(new VBox(button("返回", "back"), leave), "#kiosk-leave");
        assertThat(report.violations()).containsExactly("#kiosk-leave: expected on this screen, but not shown");
    }

    @Test
    void aThirtyPixelButtonIsTooSmall() throws Exception {
        Button small = button("返", "small");
        small.setStyle("-fx-min-width: 30px; -fx-pref-width: 30px; -fx-max-width: 30px;"
                + " -fx-min-height: 30px; -fx-pref-height: 30px; -fx-max-height: 30px; -fx-font-size: 12px;");
        var report = check(new VBox(small), "#small");
        assertThat(report.violations()).singleElement().asString().startsWith("#small 30×30 px").contains("smaller than 60 px");
        assertThat(report.smallest().height()).isEqualTo(30);
    }

    @Test
    void aButtonWithoutAnyTextIsNamedAsUnreadable() throws Exception {
        var report = check(new VBox(button("", "mute")), "#mute");
        assertThat(report.violations()).containsExactly("#mute: no accessible text and no visible text");
    }

    @Test
    void aLabelCutShortWithAnEllipsisIsReported() throws Exception {
        Button cut = button("查询办件进度并打印回执单", "cut");
        cut.setMaxWidth(120);
        var report = check(new VBox(cut), "#cut");
        assertThat(report.violations()).containsExactly("#cut: its text \"查询办件进度并打印回执单\" is cut short");
    }

    @Test
    void aButtonPushedOffTheScreenIsReported() throws Exception {
        Button low = button("确认", "low");
        low.setTranslateY(780);
        var report = check(new VBox(low), "#low");
        assertThat(report.violations()).singleElement().asString().contains("not wholly inside the 1280×800 screen");
    }

    @Test
    void aLargeNamedButtonPasses() throws Exception {
        var report = check(new VBox(button("返回", "back")), "#back");
        assertThat(report.violations()).isEmpty();
        assertThat(report.targets()).singleElement().satisfies(t -> assertThat(t.height()).isGreaterThanOrEqualTo(60));
    }
}
