package org.yichuang.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sample-documents writes one PDF per document type, and says clearly when it cannot. */
class SampleDocumentsCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesEveryDocumentType() throws Exception {
        assumeThat(Files.isReadable(Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")))
                .as("fonts-wqy-microhei; .ci/run installs it").isTrue();
        CommandRun run = CommandRun.of("sample-documents", "--out", dir.toString());
        assertThat(run.code()).as(run.err()).isZero();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("01-受理回执.pdf", "02-一次性告知书.pdf", "03-告知承诺书.pdf", "04-不予受理通知书.pdf", "05-材料流转单.pdf");
        }
        assertThat(run.out()).contains("05-材料流转单.pdf");
        for (Path pdf : Files.list(dir).toList()) {
            assertThat(org.yichuang.documents.DocumentKindsTestAccess.failedRules(Files.readAllBytes(pdf))).as(pdf.toString()).isEmpty();
        }
    }

    @Test
    void writesTheDocumentsForAGivenNameAndSaysWhichCharactersNoFontHas() throws Exception {
        assumeThat(Files.isReadable(Path.of("/usr/share/fonts/truetype/hanazono/HanaMinB.ttf")))
                .as("fonts-hanazono; .ci/run installs it").isTrue();
        // the name typed with a zero-width space and a full-width space, as pasted: cleaned before it is printed
        CommandRun run = CommandRun.of("sample-documents", "--out", dir.toString(), "--name", "刘\u200B\u4DAE\u3000",
                "--address=西安市\uD842\uDFB7路");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("HanaMinA.ttf");
        String receipt = org.yichuang.documents.RareNamesTestAccess.pdftotext(Files.readAllBytes(dir.resolve("01-受理回执.pdf")));
        assertThat(receipt).contains("刘\u4DAE").doesNotContain("刘·");
        run = CommandRun.of("sample-documents", "--out", dir.toString(), "--name", "王\uD87A\uDFF0");
        assertThat(run.code()).as(run.err()).isEqualTo(3);
        assertThat(run.err()).contains("U+2EBF0").contains("fonts-babelstone-han");
    }

    @Test
    void saysWhatIsWrong() throws Exception {
        CommandRun run = CommandRun.of("sample-documents");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("Missing required option: '--out=DIR'");
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        run = CommandRun.of("sample-documents", "--out", file.resolve("sub").toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("cannot write to");
        run = CommandRun.of("sample-documents", "--out", dir.toString(), "--font", "/no/such/font.ttc");
        assertThat(run.code()).as("refused before anything is written").isEqualTo(2);
        assertThat(run.err()).contains("--font", "no readable font file");
    }
}
