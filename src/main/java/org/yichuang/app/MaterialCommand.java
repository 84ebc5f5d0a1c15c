package org.yichuang.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.yichuang.documents.MaterialPdfs;
import org.yichuang.ui.common.I18n;
import org.yichuang.usecase.port.MaterialFiles.Change;
import org.yichuang.usecase.port.MaterialFiles.MaterialPdf;
import org.yichuang.usecase.port.MaterialFiles.UnreadableFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code material --in FILE --out FILE.pdf}: the PDF a material made from FILE would be, for a technician looking into
 * a file a clerk could not use; or why it is refused, with the words the clerk saw (exit code 1).
 */
@Command(name = "material", mixinStandardHelpOptions = true, versionProvider = YichuangCommand.VersionText.class,
        descriptionHeading = "%n", optionListHeading = "%nOptions:%n",
        sortOptions = false,
        description = "Writes the PDF a material made from an applicant's file (PDF, JPEG, PNG) would be and says what "
                + "was done, or prints why the file is refused.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "1:refused, or a file cannot be read or written", "2:bad options"})
final class MaterialCommand implements Callable<Integer> {
    private static final Map<Change, String> SAID = Map.of(
            Change.IMAGE_PAGE, "image placed on an A4 page",
            Change.ORIENTED, "turned upright as its EXIF orientation says",
            Change.DECRYPTED, "decrypted: only an owner password (permissions) was set",
            Change.REPAIRED, "repaired: damaged, every page recovered and saved again");

    @Option(names = "--in", paramLabel = "FILE", required = true, converter = Converters.SomePath.class,
            description = "the applicant's file")
    private Path source;

    @Option(names = "--out", paramLabel = "FILE.pdf", required = true, converter = Converters.SomePath.class,
            description = "where the material's PDF is written")
    private Path target;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        byte[] content;
        try {
            content = Files.readAllBytes(source);
        } catch (IOException e) {
            err.println("yichuang material: cannot read " + source + ": " + e.getMessage());
            return 1;
        }
        MaterialPdf made;
        try {
            made = new MaterialPdfs().toPdf(source.getFileName().toString(), content);
        } catch (UnreadableFile e) {
            err.println("yichuang material: refused (" + e.messageKey() + "): " + e.getMessage());
            err.println("the clerk sees: " + new I18n(Locale.SIMPLIFIED_CHINESE).get(e.messageKey()));
            return 1;
        }
        try {
            Files.write(target, made.pdf());
        } catch (IOException e) {
            err.println("yichuang material: cannot write " + target + ": " + e.getMessage());
            return 1;
        }
        String how = made.changes().isEmpty() ? "kept as it is"
                : made.changes().stream().map(SAID::get).collect(Collectors.joining("; "));
        out.printf("%s  %,d bytes: %s%n", target, made.pdf().length, how);
        return 0;
    }
}
