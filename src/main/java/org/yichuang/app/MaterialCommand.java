package org.yichuang.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.yichuang.docs.MaterialPdfs;
import org.yichuang.ui.common.I18n;
import org.yichuang.usecase.port.MaterialFiles.Change;
import org.yichuang.usecase.port.MaterialFiles.MaterialPdf;
import org.yichuang.usecase.port.MaterialFiles.UnreadableFile;

/**
 * {@code material --in FILE --out FILE.pdf}: the PDF a material made from FILE would be, for a technician looking into
 * a file a clerk could not use; or why it is refused, with the words the clerk saw (exit code 1).
 */
final class MaterialCommand {
    private static final Map<Change, String> SAID = Map.of(
            Change.IMAGE_PAGE, "image placed on an A4 page",
            Change.ORIENTED, "turned upright as its EXIF orientation says",
            Change.DECRYPTED, "decrypted: only an owner password (permissions) was set",
            Change.REPAIRED, "repaired: damaged, every page recovered and saved again");

    private MaterialCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        int in = args.indexOf("--in");
        int to = args.indexOf("--out");
        if (in < 0 || in + 1 >= args.size() || to < 0 || to + 1 >= args.size()) {
            err.println("yichuang material: --in FILE and --out FILE.pdf are required");
            return 2;
        }
        Path source = Path.of(args.get(in + 1));
        Path target = Path.of(args.get(to + 1));
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
