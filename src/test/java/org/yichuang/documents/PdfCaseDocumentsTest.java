package org.yichuang.documents;

import org.yichuang.pdf.CjkFont;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yichuang.domain.applicant.IdDocumentType;
import org.yichuang.domain.applicant.Sex;
import org.yichuang.domain.cases.Principal;
import org.yichuang.domain.cases.CaseMaterial;
import org.yichuang.domain.cases.CaseRecord;
import org.yichuang.domain.cases.CaseStatus;
import org.yichuang.domain.cases.Channel;
import org.yichuang.domain.cases.Provision;
import org.yichuang.domain.cases.StatusChange;
import org.yichuang.domain.cases.SubjectType;
import org.yichuang.usecase.port.CaseDocuments.DocumentContext;

class PdfCaseDocumentsTest {
    @BeforeAll
    static void needsAFont() {
        assumeThat(CjkFont.CANDIDATES.stream().anyMatch(java.nio.file.Files::isReadable))
                .as("an embeddable CJK font (apt-get install fonts-wqy-microhei); .ci/run installs it").isTrue();
    }

    private final byte[] pdf = new PdfCaseDocuments(Optional.empty()).receipt(SampleCase.RECORD, SampleCase.CONTEXT);

    @Test
    void theChineseComesBackAsText() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("受理回执", "新生儿出生一件事", "李梅", "出生医学证明", "容缺受理", "202611220000012",
                    "2026年11月27日", "西安市政务服务中心");
            assertThat(text).as("the ID number is masked").contains("6101**********4523").doesNotContain("610113198803124523");
        }
    }

    @Test
    void embedsOnlyASubsetOfTheFont() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var resources = document.getPage(0).getResources();
            for (var name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertThat(font.isEmbedded()).isTrue();
                assertThat(font.getName()).matches("[A-Z]{6}\\+.*");
            }
        }
        assertThat(pdf.length).as("bytes").isLessThan(80_000);
    }

    @Test
    void theQrCodeReadsBackAsTheCaseNumber() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var image = new PDFRenderer(document).renderImageWithDPI(0, 150);
            var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
            assertThat(new MultiFormatReader().decode(bitmap).getText()).isEqualTo("202611220000012");
        }
    }

    @Test
    void aMissingFontSaysWhatToInstall() {
        var missing = new PdfCaseDocuments(Optional.of(java.nio.file.Path.of("/nonexistent/font.ttc")));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> missing.receipt(SampleCase.RECORD, SampleCase.CONTEXT))
                .hasMessageContaining("fonts-wqy-microhei");
    }

    @Test
    void rendersAPreviewOfTheFirstPage() {
        var pixels = new PdfCaseDocuments(Optional.empty()).firstPage(pdf, 36);
        assertThat(pixels.width()).isBetween(290, 310);
        assertThat(pixels.argb()).hasSize(pixels.width() * pixels.height());
    }
}
