package org.yichuang.documents;

import org.yichuang.pdf.FontChain;
import org.yichuang.pdf.CjkFont;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.yichuang.domain.cases.DocumentKind;
import org.yichuang.usecase.port.CaseDocuments.Rendered;

/**
 * Field case (issue 8, kind 2): names and addresses with characters the main font does not have (䶮 in extension A,
 * extensions B to G) print exactly, and pdftotext gives each one back; a character no font has is reported, never
 * replaced by another.
 */
class RareNamesTest {
    /** 䶮 (ext A, the field case), 𠮷 (B), 𪜀 (C), 𫝀 (D), 𫠠 (E), 𬺰 (F), 𰻞 biáng (G). */
    static final String NAME = "刘\u4DAE\uD842\uDFB7";
    static final String ADDRESS = "陕西省西安市\uD869\uDF00\uD86D\uDF40\uD86E\uDC20\uD873\uDEB0\uD883\uDEDE路1号";
    private static final PdfCaseDocuments DOCUMENTS = new PdfCaseDocuments(Optional.empty());

    @BeforeAll
    static void needsTheFallbackFonts() {
        assumeThat(FontChain.FALLBACKS.subList(0, 3).stream().allMatch(Files::isReadable))
                .as("fonts-hanazono and fonts-babelstone-han (apt-get install); .ci/run installs them").isTrue();
        assumeThat(Files.isExecutable(Path.of("/usr/bin/pdftotext"))).as("pdftotext (poppler-utils)").isTrue();
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void everyDocumentPrintsEveryCharacterAndPdftotextGivesItBack(DocumentKind kind) throws Exception {
        String extensionsCToG = "欧阳\uD869\uDF00\uD86D\uDF40\uD86E\uDC20\uD873\uDEB0\uD883\uDEDE";
        for (String name : List.of(NAME, extensionsCToG)) {
            Rendered r = DOCUMENTS.render(kind, Samples.forKind(kind, name, ADDRESS), Samples.CONTEXT);
            assertThat(r.missingGlyphs()).isEmpty();
            String text = pdftotext(r.pdf());
            assertThat(text).contains(name).doesNotContain("刘·").doesNotContain("欧阳·");
        }
        assertThat(DOCUMENTS.missingGlyphs(ADDRESS)).isEmpty();
    }

    @Test
    void theFieldCardsNameComesBackFromEveryDocumentAsRead() throws Exception {
        byte[] block;
        try (var in = RareNamesTest.class.getResourceAsStream("/field-1/resident-rare-name.bin")) {
            block = in.readAllBytes();
        }
        var card = ((org.yichuang.device.idcard.TextBlock.Decoded) org.yichuang.device.idcard.TextBlock
                .decode(block)).text();
        for (DocumentKind kind : DocumentKind.values()) {
            Rendered r = DOCUMENTS.render(kind, Samples.forKind(kind, card.name(), card.address()), Samples.CONTEXT);
            assertThat(r.missingGlyphs()).isEmpty();
            assertThat(pdftotext(r.pdf())).as(kind.name()).contains("刘\u4DAE").doesNotContain("刘·");
        }
    }

    @Test
    void aCharacterNoFontHasIsReportedAndDrawnAsABoxNotAsAnotherCharacter() throws Exception {
        String name = "王\uD87A\uDFF0明"; // U+2EBF0, CJK extension I (Unicode 15.1): in no font installed here
        Rendered r = DOCUMENTS.render(DocumentKind.RECEIPT, Samples.forKind(DocumentKind.RECEIPT, name, "西安"), Samples.CONTEXT);
        assertThat(r.missingGlyphs()).containsExactly(0x2EBF0);
        assertThat(DOCUMENTS.missingGlyphs(name)).containsExactly(0x2EBF0);
        String text = pdftotext(r.pdf());
        assertThat(text).doesNotContain("王·明").doesNotContain("王明").contains("王");
    }

    @Test
    void withoutTheFallbacksTheMainFontsGapsAreReportedNotDotted() throws Exception {
        FontChain mainOnly = new FontChain(List.of(CjkFont.locate(Optional.empty())));
        assertThat(mainOnly.missing(NAME)).containsExactly(0x4DAE, 0x20BB7);
        assertThat(FontChain.locate(Optional.empty()).missing(NAME + ADDRESS)).isEmpty();
    }

    @Test
    void theEmbeddedFallbackFontsAreSubsetsSoTheFileStaysSmall() {
        Rendered r = DOCUMENTS.render(DocumentKind.RECEIPT, Samples.forKind(DocumentKind.RECEIPT, NAME, ADDRESS), Samples.CONTEXT);
        assertThat(r.pdf().length).as("bytes, with three fonts subset").isLessThan(150_000);
    }

    static String pdftotext(byte[] pdf) throws Exception {
        Path file = Files.createTempFile("rare", ".pdf");
        try {
            Files.write(file, pdf);
            Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            return out;
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
