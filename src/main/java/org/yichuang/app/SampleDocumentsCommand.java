package org.yichuang.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.yichuang.documents.PdfCaseDocuments;
import org.yichuang.documents.Samples;
import org.yichuang.domain.cases.DocumentKind;
import org.yichuang.domain.text.TypedText;
import org.yichuang.usecase.port.CaseDocuments;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sample-documents --out DIR [--font PATH] [--name NAME] [--address TEXT]}: every document type with specimen
 * data, for wording review; with a name and address, the documents a hall's hardest names would get. Exit 3 when a
 * character has no glyph in any installed font (the documents are written, with an empty box in its place).
 */
@Command(name = "sample-documents", mixinStandardHelpOptions = true, versionProvider = YichuangCommand.VersionText.class,
        descriptionHeading = "%n", optionListHeading = "%nOptions:%n",
        sortOptions = false,
        description = {"Writes the five documents with specimen data, for the wording (documents.properties) to be "
                + "reviewed before go-live; with --name and --address, the documents a hall's hardest names would get."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "1:no usable font, or DIR cannot be written", "2:bad options",
            "3:written, but a character has no glyph in any installed font (each is named)"})
final class SampleDocumentsCommand implements Callable<Integer> {
    @Option(names = "--out", paramLabel = "DIR", required = true, converter = Converters.SomePath.class,
            description = "where the PDFs are written (made if missing)")
    private Path dir;

    @Option(names = "--font", paramLabel = "PATH", converter = Converters.FontFile.class,
            description = "a TrueType CJK font (default: found on the system)")
    private Path font;

    @Option(names = "--name", paramLabel = "NAME", description = "the applicant's name (default: a specimen name)")
    private String nameArg;

    @Option(names = "--address", paramLabel = "TEXT", description = "the applicant's address (default: a specimen address)")
    private String addressArg;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<String> name = Optional.ofNullable(nameArg).map(TypedText::normalise);
        Optional<String> address = Optional.ofNullable(addressArg).map(TypedText::normalise);
        PdfCaseDocuments documents = new PdfCaseDocuments(Optional.ofNullable(font));
        Set<Integer> missing = new TreeSet<>();
        try {
            Files.createDirectories(dir);
            DocumentKind[] kinds = DocumentKind.values();
            for (int i = 0; i < kinds.length; i++) {
                var record = name.isPresent() || address.isPresent()
                        ? Samples.forKind(kinds[i], name.orElse(Samples.APPLICANT.name()),
                                address.orElse(Samples.APPLICANT.address()))
                        : Samples.forKind(kinds[i]);
                CaseDocuments.Rendered r = documents.render(kinds[i], record, Samples.CONTEXT);
                Path file = dir.resolve("%02d-%s.pdf".formatted(i + 1, documents.title(kinds[i])));
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
}
