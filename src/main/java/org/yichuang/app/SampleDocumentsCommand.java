package org.yichuang.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.yichuang.docs.PdfCaseDocuments;
import org.yichuang.docs.Samples;
import org.yichuang.domain.cases.DocumentKind;
import org.yichuang.domain.text.TypedText;
import org.yichuang.usecase.port.CaseDocuments;

/**
 * {@code sample-documents --out DIR [--font PATH] [--name NAME] [--address TEXT]}: every document type with specimen
 * data, for wording review; with a name and address, the documents a hall's hardest names would get. Exit 3 when a
 * character has no glyph in any installed font (the documents are written, with an empty box in its place).
 */
final class SampleDocumentsCommand {
    private static final List<String> NAMES = List.of("01-受理回执", "02-一次性告知书", "03-告知承诺书", "04-不予受理通知书",
            "05-材料流转单");

    private SampleDocumentsCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        Optional<String> dirArg = option(args, "--out");
        if (dirArg.isEmpty()) {
            err.println("yichuang sample-documents: --out DIR is required");
            return 2;
        }
        Path dir = Path.of(dirArg.get());
        Optional<String> name = option(args, "--name").map(TypedText::normalise);
        Optional<String> address = option(args, "--address").map(TypedText::normalise);
        PdfCaseDocuments documents = new PdfCaseDocuments(option(args, "--font").map(Path::of));
        Set<Integer> missing = new TreeSet<>();
        try {
            Files.createDirectories(dir);
            DocumentKind[] kinds = DocumentKind.values();
            for (int i = 0; i < kinds.length; i++) {
                var record = name.isPresent() || address.isPresent()
                        ? Samples.forKind(kinds[i], name.orElse("李梅"), address.orElse("陕西省西安市雁塔区科技路100号"))
                        : Samples.forKind(kinds[i]);
                CaseDocuments.Rendered r = documents.render(kinds[i], record, Samples.CONTEXT);
                Path file = dir.resolve(NAMES.get(i) + ".pdf");
                Files.write(file, r.pdf());
                missing.addAll(r.missingGlyphs());
                out.printf("%s  %,d bytes%n", file, r.pdf().length);
            }
        } catch (CaseDocuments.DocumentsUnavailable e) {
            err.println("yichuang sample-documents: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("yichuang sample-documents: cannot write to " + dir + ": " + e.getMessage());
            return 1;
        }
        out.println("fonts: " + String.join(" > ", documents.fontFiles().stream().map(Path::toString).toList()));
        if (missing.isEmpty()) {
            return 0;
        }
        missing.forEach(cp -> err.printf("yichuang sample-documents: no installed font has %s (U+%04X): drawn as an "
                + "empty box%n", Character.toString(cp), cp));
        err.println("install fonts-hanazono and fonts-babelstone-han, or pass --font with a font that has them");
        return 3;
    }

    private static Optional<String> option(List<String> args, String name) {
        int at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? Optional.of(args.get(at + 1)) : Optional.empty();
    }
}
