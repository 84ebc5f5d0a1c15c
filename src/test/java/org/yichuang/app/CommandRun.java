package org.yichuang.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/** One run of the whole command line, as typed, with what it printed and the windows it would have opened. */
record CommandRun(int code, String out, String err, List<List<String>> opened) {
    static CommandRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<List<String>> opened = new ArrayList<>();
        int code = YichuangCommand.commandLine(gui -> opened.add(List.of(gui)))
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(args);
        return new CommandRun(code, out.toString(), err.toString(), opened);
    }
}
