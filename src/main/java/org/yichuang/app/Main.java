package org.yichuang.app;

import javafx.application.Application;

/** The launcher's entry point: the GUI, or a technician's subcommand (see {@link YichuangCommand}). */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int code = YichuangCommand.commandLine(Main::launch).execute(args);
        System.exit(code);
    }

    /** Opens the window, or says in one line what this machine lacks for it and exits 1. */
    private static void launch(String[] gui) {
        var missing = GraphicsCheck.here();
        if (missing.isPresent()) {
            System.err.println("yichuang: " + missing.get());
            System.exit(1);
        }
        try {
            Application.launch(YichuangApp.class, gui);
        } catch (RuntimeException | Error e) {
            System.err.println("yichuang: " + GraphicsCheck.after(e));
            System.exit(1);
        }
    }
}
