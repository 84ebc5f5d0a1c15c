package org.yichuang.app;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.yichuang.platform.embedded.Version;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** The top of the command line: the GUI's options, and the technician's subcommands. */
@Command(name = "yichuang", mixinStandardHelpOptions = true, versionProvider = YichuangCommand.VersionText.class,
        sortOptions = false, usageHelpWidth = 130,
        header = "Yichuang 一窗 — government service hall client",
        synopsisHeading = "%nUsage:%n",
        customSynopsis = {
            "  yichuang [--mode=clerk|kiosk] [--platform=embedded|URL] [--devices=sim|FILE] [options]",
            "  yichuang serve-platform --port N [--bind ADDRESS] [--data-dir PATH] [--status-step SECONDS]",
            "  yichuang devices [--devices FILE]",
            "  yichuang check-platform [--platform URL] [--proxy URL|direct] [--trusted-root PEM] [--timeout SECONDS]",
            "  yichuang read-id --port PATH | --sdk LIBRARY | --pcsc READER|auto [--baud N] [--timeout SECONDS] [--json] [--unmasked]",
            "  yichuang emulate-idcard --port PATH",
            "  yichuang sample-documents --out DIR [--font PATH] [--name NAME] [--address TEXT]",
            "  yichuang material --in FILE --out FILE.pdf",
            "  yichuang generate-completion",
            "  yichuang [COMMAND] --version | --help"},
        optionListHeading = "%nGUI options:%n",
        commandListHeading = "%nCommands:%n",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the window was closed", "1:the application failed", "2:bad options"},
        subcommands = {ServePlatformCommand.class, DevicesCommand.class, CheckPlatformCommand.class, ReadIdCommand.class, EmulateIdCardCommand.class,
            SampleDocumentsCommand.class, MaterialCommand.class, AutoComplete.GenerateCompletion.class})
final class YichuangCommand implements Callable<Integer> {
    @Mixin
    private GuiOptions options = new GuiOptions();

    @Spec
    private CommandLine.Model.CommandSpec spec;

    private final Consumer<String[]> gui;

    /** @param gui opens the window with the command line as given (JavaFX reads it again: {@code YichuangApp}) */
    YichuangCommand(Consumer<String[]> gui) {
        this.gui = gui;
    }

    /** The whole command line, with one-line errors and exit code 2 for bad options. */
    static CommandLine commandLine(Consumer<String[]> gui) {
        CommandErrors errors = new CommandErrors();
        return new CommandLine(new YichuangCommand(gui))
                .setParameterExceptionHandler(errors)
                .setExecutionExceptionHandler(errors);
    }

    /** The options are valid (picocli checked them); the window opens with them. */
    @Override
    public Integer call() {
        options.toLaunchOptions();
        gui.accept(spec.commandLine().getParseResult().originalArgs().toArray(String[]::new));
        return 0;
    }

    /** {@code --version}, for the launcher and every subcommand. */
    static final class VersionText implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"yichuang " + Version.VALUE};
        }
    }
}
