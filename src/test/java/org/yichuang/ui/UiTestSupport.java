package org.yichuang.ui;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;
import org.yichuang.ui.common.ErrorMessages;
import org.yichuang.ui.common.FxTaskExecutor;
import org.yichuang.ui.common.I18n;

/** Shared set-up of the TestFX tests: the real stylesheet, real executor and Chinese texts. */
public final class UiTestSupport {
    public static final I18n I18N = new I18n(Locale.SIMPLIFIED_CHINESE);
    public static final ErrorMessages ERRORS = new ErrorMessages(I18N);
    public static final Clock CLOCK = Clock.system(ZoneId.of("Asia/Shanghai"));

    private UiTestSupport() {
    }

    public static FxTaskExecutor tasks() {
        return new FxTaskExecutor();
    }

    public static void show(Stage stage, Parent root) {
        show(stage, root, 1280, 800);
    }

    /** On a scene of {@code width} × {@code height}: the hall screens are 1024 × 768 and 1366 × 768. */
    public static void show(Stage stage, Parent root, double width, double height) {
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(UiTestSupport.class.getResource("/org/yichuang/ui/app.css").toExternalForm());
        stage.setScene(scene);
        stage.setWidth(width); // TestFX shares one stage between test classes: a size set by one must not stay
        stage.setHeight(height);
        stage.show();
    }

    public static void waitUntil(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.getAsBoolean();
            });
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what, e);
        }
    }

}
