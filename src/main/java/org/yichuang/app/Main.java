package org.yichuang.app;

import javafx.application.Application;

/** The launcher's entry point: the GUI, or a technician's subcommand (see {@link YichuangCommand}). */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int code = YichuangCommand.commandLine(gui -> Application.launch(YichuangApp.class, gui)).execute(args);
        System.exit(code);
    }
}
