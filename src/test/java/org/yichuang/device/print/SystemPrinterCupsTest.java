package org.yichuang.device.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.yichuang.documents.PdfCaseDocuments;
import org.yichuang.usecase.port.DocumentPrinter.PrintFailedException;

/**
 * Printing a receipt through the real CUPS with the cups-pdf queue that .ci/run sets up: the printed PDF appears in
 * the job owner's ~/PDF. Locally it skips, saying what to start.
 */
@Tag("needs-daemon")
class SystemPrinterCupsTest {
    private static final String QUEUE = "CUPS-PDF";
    private final SystemPrinter printer = new SystemPrinter();

    private static Set<Path> pdfs(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".pdf")).collect(Collectors.toSet());
        }
    }

    @Test
    void aPrintedReceiptComesOutOfTheCupsPdfQueue() throws Exception {
        assumeThat(printer.printers()).as("a CUPS queue named CUPS-PDF (cupsd running; see .ci/run)").contains(QUEUE);
        Path out = Path.of(System.getProperty("user.home"), "PDF");
        Set<Path> before = pdfs(out);
        byte[] receipt = new PdfCaseDocuments(Optional.empty())
                .receipt(org.yichuang.documents.SampleCase.RECORD, org.yichuang.documents.SampleCase.CONTEXT);
        printer.print(receipt, QUEUE, "受理回执 " + org.yichuang.documents.SampleCase.RECORD.caseNumber(), 1, false);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Set<Path> created = Set.of();
        while (created.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(200);
            created = pdfs(out).stream().filter(p -> !before.contains(p) && p.toFile().length() > 0).collect(Collectors.toSet());
        }
        assertThat(created).as("a new PDF in " + out).hasSize(1);
        Path printed = created.iterator().next();
        Thread.sleep(300); // cups-pdf may still be closing the file
        try (var pdf = Loader.loadPDF(printed.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            var box = pdf.getPage(0).getMediaBox();
            assertThat(box.getWidth()).as("A4 width in points").isBetween(590f, 600f);
            // cups-pdf re-distils through Ghostscript and drops ToUnicode, so the check is the QR code, not the text
            var image = new org.apache.pdfbox.rendering.PDFRenderer(pdf).renderImageWithDPI(0, 150);
            var bitmap = new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(
                    new com.google.zxing.client.j2se.BufferedImageLuminanceSource(image)));
            assertThat(new com.google.zxing.MultiFormatReader().decode(bitmap).getText()).isEqualTo("202611220000012");
        }
        Files.delete(printed);
    }

    @Test
    void anUnknownPrinterIsAClearFailure() {
        assertThatThrownBy(() -> printer.print(new byte[] {1}, "NO-SUCH-QUEUE", "t", 1, false))
                .isInstanceOf(PrintFailedException.class).hasMessageContaining("NO-SUCH-QUEUE");
    }
}
