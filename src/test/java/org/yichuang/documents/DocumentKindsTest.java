package org.yichuang.documents;

import org.yichuang.pdf.CjkFont;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.yichuang.domain.cases.DocumentKind;
import org.yichuang.domain.cases.Shortfall;

/** Every document type: PDF/A-2b by veraPDF, the Chinese back as text, the identity masked, long lists paged. */
class DocumentKindsTest {
    private final PdfCaseDocuments documents = new PdfCaseDocuments(Optional.empty());

    @BeforeAll
    static void needsAFont() {
        assumeThat(CjkFont.CANDIDATES.stream().anyMatch(java.nio.file.Files::isReadable))
                .as("an embeddable CJK font (apt-get install fonts-wqy-microhei); .ci/run installs it").isTrue();
        VeraGreenfieldFoundryProvider.initialise();
    }

    static List<String> failedRules(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failed = new ArrayList<>();
            for (TestAssertion a : result.getTestAssertions()) {
                if (a.getStatus() == TestAssertion.Status.FAILED) {
                    failed.add(a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage());
                }
            }
            return result.isCompliant() ? List.of() : failed.stream().distinct().collect(Collectors.toList());
        }
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d);
        }
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void everyKindIsPdfA2bWithItsChineseBackAsText(DocumentKind kind) throws Exception {
        byte[] pdf = documents.document(kind, SampleCase.forKind(kind), SampleCase.CONTEXT);
        assertThat(failedRules(pdf)).as(kind + " veraPDF PDF/A-2B").isEmpty();
        String text = text(pdf);
        assertThat(text).contains("202611220000012", "新生儿出生一件事", "李梅", "6101**********4523")
                .doesNotContain("610113198803124523");
        assertThat(text).contains(switch (kind) {
            case RECEIPT -> "受理回执";
            case NOTIFICATION -> "一次性告知书";
            case COMMITMENT -> "申请人签字";
            case REFUSAL -> "六十日内依法申请行政复议";
            case TRANSFER -> "四川省";
        });
    }

    @Test
    void aNotificationWithManyShortfallsRunsOverPagesAndStaysPdfA() throws Exception {
        List<Shortfall> many = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            many.add(new Shortfall("样例材料第" + i + "项（原件，1 份）", "出生登记需要此材料；须加盖出具单位公章，复印件须与原件一致"));
        }
        byte[] pdf = documents.document(DocumentKind.NOTIFICATION, SampleCase.notified(many), SampleCase.CONTEXT);
        try (PDDocument d = Loader.loadPDF(pdf)) {
            assertThat(d.getNumberOfPages()).isGreaterThan(1);
        }
        assertThat(text(pdf)).contains("样例材料第60项", "共 60 项");
        assertThat(failedRules(pdf)).isEmpty();
    }

    @Test
    void theValidatorRejectsAPlainPdfSoItsYesMeansSomething() throws Exception {
        try (PDDocument plain = new PDDocument()) {
            plain.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            var out = new java.io.ByteArrayOutputStream();
            plain.save(out);
            assertThat(failedRules(out.toByteArray())).isNotEmpty();
        }
    }
}
