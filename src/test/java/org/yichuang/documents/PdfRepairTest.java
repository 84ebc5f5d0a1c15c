package org.yichuang.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdfparser.PDFParser;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yichuang.usecase.port.MaterialFiles.Change;
import org.yichuang.usecase.port.MaterialFiles.MaterialPdf;
import org.yichuang.usecase.port.MaterialFiles.UnreadableFile;

/** A PDF is stored as every reader opens it: kept when sound, else decrypted or repaired and re-saved, or refused. */
class PdfRepairTest {
    private final MaterialPdfs pdfs = new MaterialPdfs();
    @TempDir
    Path dir;

    @Test
    void aPdfWithOnlyAnOwnerPasswordIsStoredDecryptedAndOpensEverywhere() throws Exception {
        byte[] original = RenderedPage.resource("pdf-owner-password-only.pdf");
        MaterialPdf made = pdfs.toPdf("受理回执.pdf", original);
        assertThat(made.changes()).containsExactly(Change.DECRYPTED);
        assertThat(new String(made.pdf(), StandardCharsets.ISO_8859_1)).doesNotContain("/Encrypt");
        try (PDDocument strict = strictlyParsed(made.pdf())) {
            assertThat(strict.isEncrypted()).isFalse();
            assertThat(strict.getNumberOfPages()).isEqualTo(1);
        }
        assertThat(pdftotext(made.pdf())).contains("202611220000018"); // the fixture was made before the samples' number was corrected
    }

    @Test
    void aPdfThatNeedsAUserPasswordIsRefused() throws Exception {
        assertRefused(protectedPdf("user", "owner"), "material.file.encrypted");
    }

    @Test
    void brokenCrossReferenceOffsetsAreRepairedIntoACleanCopy() throws Exception {
        byte[] sound = pdf(3, CompressParameters.NO_COMPRESSION);
        MaterialPdf made = pdfs.toPdf("three-pages.pdf", shiftedAfterHeader(sound));
        assertThat(made.changes()).containsExactly(Change.REPAIRED);
        try (PDDocument strict = strictlyParsed(made.pdf())) {
            assertThat(strict.getNumberOfPages()).isEqualTo(3);
        }
        assertThat(pdftotext(made.pdf())).contains("page 1", "page 2", "page 3");
        // the owner-password case file, damaged the same way, is repaired and decrypted
        byte[] owner = shiftedAfterHeader(RenderedPage.resource("pdf-owner-password-only.pdf"));
        assertThat(pdfs.toPdf("受理回执.pdf", owner).changes()).containsExactly(Change.DECRYPTED, Change.REPAIRED);
    }

    @Test
    void aFileCutAfterItsLastObjectIsRepaired() throws Exception {
        byte[] sound = pdf(2, CompressParameters.NO_COMPRESSION);
        String text = new String(sound, StandardCharsets.ISO_8859_1);
        byte[] noTrailer = Arrays.copyOf(sound, text.lastIndexOf("xref"));
        MaterialPdf made = pdfs.toPdf("cut.pdf", noTrailer);
        assertThat(made.changes()).containsExactly(Change.REPAIRED);
        assertThat(pdftotext(made.pdf())).contains("page 2");
    }

    @Test
    void aHopelesslyTruncatedPdfIsRefusedAsDamaged() throws Exception {
        byte[] sound = pdf(2, CompressParameters.DEFAULT_COMPRESSION);
        assertRefused(Arrays.copyOf(sound, sound.length / 3), "material.file.damaged");
        byte[] owner = RenderedPage.resource("pdf-owner-password-only.pdf");
        assertRefused(Arrays.copyOf(owner, owner.length / 2), "material.file.damaged");
    }

    @Test
    void aDamagedPdfThatLostAPageOrItsContentIsRefusedAndSaysSo() throws Exception {
        byte[] sound = pdf(3, CompressParameters.NO_COMPRESSION);
        // PDFBox's page iterator would stand in an empty page for either: the stored file would lack a page's text
        assertRefused(withSecondObjectBlanked(sound, "/Type /Page\\b"), "material.file.pagesLost");
        assertRefused(withSecondObjectBlanked(sound, "/Length \\d+\\s*/Filter /FlateDecode\\s*>>\\s*stream"), "material.file.pagesLost");
    }

    /** The second object whose dictionary matches is wiped out, as damage on a disk or in transfer would. */
    private static byte[] withSecondObjectBlanked(byte[] pdf, String dictionary) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        Matcher object = Pattern.compile("\\d+ 0 obj\\s*<<\\s*" + dictionary).matcher(text);
        assertThat(object.find() && object.find()).as("a second object with " + dictionary).isTrue();
        int end = text.indexOf("endobj", object.start()) + "endobj".length();
        return (text.substring(0, object.start()) + " ".repeat(end - object.start()) + text.substring(end))
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void aSoundPdfIsKeptByteForByte() throws Exception {
        byte[] sound = pdf(2, CompressParameters.NO_COMPRESSION);
        MaterialPdf made = pdfs.toPdf("sound.pdf", sound);
        assertThat(made.pdf()).isEqualTo(sound);
        assertThat(made.changes()).isEmpty();
    }

    private void assertRefused(byte[] content, String key) {
        assertThatThrownBy(() -> pdfs.toPdf("file.pdf", content)).isInstanceOfSatisfying(UnreadableFile.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private static PDDocument strictlyParsed(byte[] pdf) throws IOException {
        return new PDFParser(new RandomAccessReadBuffer(pdf)).parse(false);
    }

    /** Every offset in the cross-reference table now misses its object by 17 bytes. */
    private static byte[] shiftedAfterHeader(byte[] pdf) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        int line = text.indexOf('\n') + 1;
        return (text.substring(0, line) + "%shifted by junk\n" + text.substring(line)).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] pdf(int pages, CompressParameters compression) throws IOException {
        try (PDDocument document = new PDDocument()) {
            for (int i = 1; i <= pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                    stream.beginText();
                    stream.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                            org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 24);
                    stream.newLineAtOffset(72, 700);
                    stream.showText("page " + i);
                    stream.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out, compression);
            return out.toByteArray();
        }
    }

    private static byte[] protectedPdf(String user, String owner) throws IOException {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage(PDRectangle.A4));
            StandardProtectionPolicy policy = new StandardProtectionPolicy(owner, user, new AccessPermission());
            policy.setEncryptionKeyLength(256);
            document.protect(policy);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /** What poppler, a reader other than PDFBox, reads from the PDF (.ci/run installs poppler-utils). */
    private String pdftotext(byte[] pdf) throws Exception {
        assumeThat(Files.isExecutable(Path.of("/usr/bin/pdftotext"))).as("poppler-utils").isTrue();
        Path in = Files.write(dir.resolve("in.pdf"), pdf);
        Path out = dir.resolve("out.txt");
        Process p = new ProcessBuilder("pdftotext", in.toString(), out.toString()).redirectErrorStream(true).start();
        String messages = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(messages).isZero();
        assertThat(messages).as("poppler had to mend the file").doesNotContainIgnoringCase("error");
        return Files.readString(out);
    }
}
