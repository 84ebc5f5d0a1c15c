package org.yichuang.app;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** The JavaFX application: one window, clerk or kiosk. */
public final class YichuangApp extends Application {
    private Composition composition;

    @Override
    public void start(Stage stage) {
        LaunchOptions options = LaunchOptions.parse(getParameters().getRaw());
        composition = new Composition(options);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        WindowSize size = WindowSize.on(screen.getWidth(), screen.getHeight());
        Scene scene = new Scene(composition.root(() -> stage), size.width(), size.height());
        scene.getStylesheets().add(YichuangApp.class.getResource("/org/yichuang/ui/app.css").toExternalForm());
        stage.setScene(scene);
        stage.setMinWidth(size.minWidth());
        stage.setMinHeight(size.minHeight());
        if (size.maximised()) { // a 1366 × 768 hall screen: the status bar stays in sight
            stage.setX(screen.getMinX());
            stage.setY(screen.getMinY());
            stage.setMaximized(true);
        }
        if (options.mode() == Mode.KIOSK) {
            stage.setTitle(composition.i18n().get("app.title.kiosk"));
            stage.setFullScreenExitHint("");
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH); // citizens cannot leave the kiosk
            Rectangle2D whole = Screen.getPrimary().getBounds(); // X without a window manager ignores full screen
            stage.setX(whole.getMinX());
            stage.setY(whole.getMinY());
            stage.setWidth(whole.getWidth());
            stage.setHeight(whole.getHeight());
            stage.setFullScreen(true);
        } else {
            stage.setTitle(composition.i18n().get("app.title.clerk"));
        }
        FirstFrame.then(scene, options.exitAfterFirstFrame() ? FirstFrame::reportAndExit : composition::startBackgroundWork);
        stage.show();
    }

    @Override
    public void stop() {
        if (composition != null) {
            composition.close();
        }
    }

    /** The moment the first frame has been laid out and handed to the renderer. */
    static final class FirstFrame {
        private FirstFrame() {
        }

        static void then(Scene scene, Runnable action) {
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                scene.removePostLayoutPulseListener(listener[0]);
                Platform.runLater(action); // runs after this pulse has been rendered
            };
            scene.addPostLayoutPulseListener(listener[0]);
        }

        /** Prints {@code first-frame-ms} (since the JVM started) and exits: for benchmarks and smoke checks. */
        static void reportAndExit() {
            long start = ProcessHandle.current().info().startInstant().map(java.time.Instant::toEpochMilli)
                    .orElse(System.currentTimeMillis());
            System.out.println("first-frame-ms=" + (System.currentTimeMillis() - start));
            System.out.flush();
            Platform.exit();
            System.exit(0);
        }
    }
}
