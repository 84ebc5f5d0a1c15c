package org.yichuang.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = SampleDocumentsCommand.run(List.of("--out", dir.toString()), new PrintStream(out), System.err);
        assertThat(code).isZero();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("01-受理回执.pdf", "02-一次性告知书.pdf", "03-告知承诺书.pdf", "04-不予受理通知书.pdf", "05-材料流转单.pdf");
        }
        assertThat(out.toString()).contains("05-材料流转单.pdf");
        for (Path pdf : Files.list(dir).toList()) {
            assertThat(org.yichuang.docs.DocumentKindsTestAccess.failedRules(Files.readAllBytes(pdf))).as(pdf.toString()).isEmpty();
        }
    }

    @Test
    void writesTheDocumentsForAGivenNameAndSaysWhichCharactersNoFontHas() throws Exception {
        assumeThat(Files.isReadable(Path.of("/usr/share/fonts/truetype/hanazono/HanaMinB.ttf")))
                .as("fonts-hanazono; .ci/run installs it").isTrue();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        // the name typed with a zero-width space and a full-width space, as pasted: cleaned before it is printed
        int code = SampleDocumentsCommand.run(List.of("--out", dir.toString(), "--name", "刘\u200B\u4DAE\u3000",
                "--address", "西安市\uD842\uDFB7路"), new PrintStream(out), new PrintStream(err));
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("HanaMinA.ttf");
        String receipt = org.yichuang.docs.RareNamesTestAccess.pdftotext(Files.readAllBytes(dir.resolve("01-受理回执.pdf")));
        assertThat(receipt).contains("刘\u4DAE").doesNotContain("刘·");
        err.reset();
        code = SampleDocumentsCommand.run(List.of("--out", dir.toString(), "--name", "王\uD87A\uDFF0"), new PrintStream(out),
                new PrintStream(err));
        assertThat(code).isEqualTo(3);
        assertThat(err.toString()).contains("U+2EBF0").contains("fonts-babelstone-han");
    }

    @Test
    void saysWhatIsWrong() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(SampleDocumentsCommand.run(List.of(), System.out, new PrintStream(err))).isEqualTo(2);
        assertThat(err.toString()).contains("--out DIR is required");
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        err.reset();
        assertThat(SampleDocumentsCommand.run(List.of("--out", file.resolve("sub").toString()), System.out, new PrintStream(err)))
                .isEqualTo(1);
        assertThat(err.toString()).contains("cannot write to");
        err.reset();
        assertThat(SampleDocumentsCommand.run(List.of("--out", dir.toString(), "--font", "/no/such/font.ttc"), System.out,
                new PrintStream(err))).isEqualTo(1);
        assertThat(err.toString()).contains("no embeddable Chinese font");
    }
}
