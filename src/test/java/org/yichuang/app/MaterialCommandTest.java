package org.yichuang.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** material writes the PDF a material would be and says what it changed, or why the file is refused. */
class MaterialCommandTest {
    @TempDir
    Path dir;
    private CommandRun run;

    private int run(String... args) {
        String[] line = new String[args.length + 1];
        line[0] = "material";
        System.arraycopy(args, 0, line, 1, args.length);
        run = CommandRun.of(line);
        return run.code();
    }

    private Path caseFile(String name) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/field-1/" + name)) {
            return Files.write(dir.resolve(name), in.readAllBytes());
        }
    }

    @Test
    void writesTheTurnedPhotoAndSaysSo() throws Exception {
        Path pdf = dir.resolve("photo.pdf");
        assertThat(run("--in", caseFile("jpeg-exif-orientation6.jpg").toString(), "--out", pdf.toString())).isZero();
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
        assertThat(run.out()).contains("photo.pdf", "image placed on an A4 page",
                "turned upright as its EXIF orientation says");
    }

    @Test
    void saysWhenItDecrypted() throws Exception {
        Path pdf = dir.resolve("receipt.pdf");
        assertThat(run("--in", caseFile("pdf-owner-password-only.pdf").toString(), "--out", pdf.toString())).isZero();
        assertThat(run.out()).contains("decrypted");
    }

    @Test
    void saysWhyAFileIsRefusedAndWritesNothing() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.docx"), "PK not a pdf");
        Path pdf = dir.resolve("notes.pdf");
        assertThat(run("--in", text.toString(), "--out", pdf.toString())).isEqualTo(1);
        assertThat(run.err()).contains("refused (material.file.unsupported)",
                "notes.docx is not a PDF, JPEG or PNG", "只能使用 PDF、JPEG 或 PNG 文件");
        assertThat(pdf).doesNotExist();
    }

    @Test
    void saysWhatIsMissing() throws Exception {
        assertThat(run("--in", "x.jpg")).isEqualTo(2);
        assertThat(run.err()).contains("Missing required option: '--out=FILE.pdf'");
        assertThat(run("--in", dir.resolve("absent.jpg").toString(), "--out", dir.resolve("a.pdf").toString())).isEqualTo(1);
        assertThat(run.err()).contains("cannot read");
    }
}
