package org.yichuang.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.yichuang.docs.PdfCaseDocuments;
import org.yichuang.docs.Samples;
import org.yichuang.domain.cases.DocumentKind;
import org.yichuang.usecase.port.CaseDocuments;

/** {@code sample-documents --out DIR [--font PATH]}: every document type with specimen data, for wording review. */
final class SampleDocumentsCommand {
    private static final List<String> NAMES = List.of("01-受理回执", "02-一次性告知书", "03-告知承诺书", "04-不予受理通知书",
            "05-材料流转单");

    private SampleDocumentsCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        int at = args.indexOf("--out");
        if (at < 0 || at + 1 >= args.size()) {
            err.println("yichuang sample-documents: --out DIR is required");
            return 2;
        }
        Path dir = Path.of(args.get(at + 1));
        int fontAt = args.indexOf("--font");
        Optional<Path> font = fontAt >= 0 && fontAt + 1 < args.size() ? Optional.of(Path.of(args.get(fontAt + 1))) : Optional.empty();
        PdfCaseDocuments documents = new PdfCaseDocuments(font);
        try {
            Files.createDirectories(dir);
            DocumentKind[] kinds = DocumentKind.values();
            for (int i = 0; i < kinds.length; i++) {
                byte[] pdf = documents.document(kinds[i], Samples.forKind(kinds[i]), Samples.CONTEXT);
                Path file = dir.resolve(NAMES.get(i) + ".pdf");
                Files.write(file, pdf);
                out.printf("%s  %,d bytes%n", file, pdf.length);
            }
            return 0;
        } catch (CaseDocuments.DocumentsUnavailable e) {
            err.println("yichuang sample-documents: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("yichuang sample-documents: cannot write to " + dir + ": " + e.getMessage());
            return 1;
        }
    }
}
