package org.yichuang.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yichuang.domain.cases.CaseRecord;
import org.yichuang.domain.cases.DocumentKind;
import org.yichuang.domain.cases.Shortfall;
import org.yichuang.pdf.CjkFont;
import org.yichuang.usecase.port.CaseDocuments.DocumentContext;

/**
 * Field cases (issue 11, kind 5): extreme documents typeset as Chinese documents are. Every glyph stays inside the
 * margins and clear of the QR code, which still decodes; no line starts with closing or ends with opening
 * punctuation; …… is never split; the closing seal never stands alone on a page. Pages are rendered to
 * target/typesetting/ to be looked at.
 */
class TypesettingTest {
    private static final PdfCaseDocuments DOCUMENTS = new PdfCaseDocuments(Optional.empty());
    private static final float RIGHT = PDRectangle.A4.getWidth() - Letter.MARGIN;
    private static final float QR_LEFT = RIGHT - Letter.QR_SIZE;
    private static final float QR_BOTTOM = Letter.MARGIN + Letter.QR_SIZE;
    static final String LONG_HALL = "陕西省西安市高新技术产业开发区管理委员会政务服务中心（西安市高新区行政审批服务局）"
            + "丈八街道便民服务中心综合受理大厅";
    static final String LONG_PLACE = "陕西省西安市雁塔区丈八街道锦业路与丈八二路十字东南角西安高新区政务服务中心"
            + "（创新大厦）B座一层东侧综合受理区第3至第12号窗口，节假日请走北门“便民通道”……";

    @BeforeAll
    static void needsAFont() {
        assumeThat(CjkFont.CANDIDATES.stream().anyMatch(Files::isReadable))
                .as("an embeddable CJK font (apt-get install fonts-wqy-microhei); .ci/run installs it").isTrue();
    }

    static String field(String name) throws IOException {
        try (InputStream in = TypesettingTest.class.getResourceAsStream("/field-2/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }

    static List<Shortfall> fieldShortfalls() throws IOException {
        return Arrays.stream(field("shortfalls-linebreak.txt").split("\\|"))
                .map(s -> s.split("::", 2)).map(p -> new Shortfall(p[0], p.length > 1 ? p[1] : "")).toList();
    }

    static CaseRecord withSubject(CaseRecord r, String subject) {
        return new CaseRecord(r.caseNumber(), r.subjectType(), r.subjectCode(), subject, r.status(), r.applicant(),
                r.agent(), r.formData(), r.materials(), r.decision(), r.channel(), r.window(), r.clerk(),
                r.acceptingRegion(), r.handlingRegion(), r.acceptedAt(), r.promisedBy(), r.timeline());
    }

    static DocumentContext context(String hall, String place) {
        DocumentContext c = Samples.CONTEXT;
        return new DocumentContext(hall, c.clerkName(), c.consultPhone(), place, c.commitments());
    }

    @Test
    void theFieldItemNameWrapsShortOfTheQrCodeWhichDecodes() throws IOException {
        String item = field("item-name-60.txt");
        assertThat(item.codePointCount(0, item.length())).isEqualTo(60);
        byte[] pdf = render("receipt-item-60", DocumentKind.RECEIPT,
                withSubject(Samples.forKind(DocumentKind.RECEIPT), item), Samples.CONTEXT);
        PrintedLines printed = wellSet(pdf);
        assertThat(String.join("", printed.pieces().stream().map(PrintedLines.Piece::text).toList()))
                .as("the whole name is printed").contains(item.substring(0, 20)).contains(item.substring(40));
    }

    @Test
    void theFieldShortfallsBreakByTheRules() throws IOException {
        List<Shortfall> shortfalls = fieldShortfalls();
        assertThat(shortfalls).hasSize(26);
        wellSet(render("notification-field-26", DocumentKind.NOTIFICATION, Samples.notified(shortfalls),
                Samples.CONTEXT));
    }

    @Test
    void twoHundredShortfallsRunOverPagesAndTheSealKeepsItsText() throws IOException {
        List<Shortfall> field = fieldShortfalls();
        List<Shortfall> many = IntStream.range(0, 200).mapToObj(i -> field.get(i % field.size())).toList();
        PrintedLines printed = wellSet(render("notification-200", DocumentKind.NOTIFICATION, Samples.notified(many),
                Samples.CONTEXT));
        assertThat(printed.pages()).isGreaterThanOrEqualTo(10);
    }

    @Test
    void aLongHallNameAndALongAddressWrapEverywhere() throws IOException {
        DocumentContext context = context(LONG_HALL, LONG_PLACE);
        for (DocumentKind kind : DocumentKind.values()) {
            wellSet(render("long-hall-" + kind.name().toLowerCase(), kind, Samples.forKind(kind), context));
        }
    }

    @Test
    void aRareNameInALongItemWraps() throws IOException {
        String item = RareNamesTest.NAME + "申请办理的" + "建设工程消防验收（含特殊建设工程消防验收）与人民防空工程竣工验收备案联合办理事项";
        CaseRecord r = withSubject(Samples.forKind(DocumentKind.REFUSAL, RareNamesTest.NAME, RareNamesTest.ADDRESS),
                item);
        wellSet(render("refusal-rare-name", DocumentKind.REFUSAL, r, context(LONG_HALL, LONG_PLACE)));
    }

    @Test
    void noPageHoldsOnlyTheSealAndTheDate() throws IOException {
        List<Shortfall> field = fieldShortfalls();
        for (int n = 1; n <= 30; n++) {
            List<Shortfall> some = IntStream.range(0, n).mapToObj(i -> field.get(i % field.size())).toList();
            PrintedLines printed = PrintedLines.of(render("keep-" + n, DocumentKind.NOTIFICATION,
                    Samples.notified(some), Samples.CONTEXT));
            List<PrintedLines.Piece> last = printed.onPage(printed.pages() - 1);
            assertThat(last.size()).as(n + " shortfalls: the last page has the footer, the seal, the date and text")
                    .isGreaterThan(3);
        }
    }

    /** Asserts the rules on every drawn line and that the QR code decodes; returns the lines. */
    static PrintedLines wellSet(byte[] pdf) throws IOException {
        PrintedLines printed = PrintedLines.of(pdf);
        for (PrintedLines.Piece p : printed.pieces()) {
            if (p.text().isEmpty()) {
                continue;
            }
            assertThat(p.right()).as("inside the right margin: " + p).isLessThanOrEqualTo(RIGHT + 0.5f);
            boolean besideQr = p.page() == 0 && p.top() < QR_BOTTOM && p.bottom() > Letter.MARGIN;
            if (besideQr) {
                assertThat(p.right()).as("clear of the QR code: " + p).isLessThanOrEqualTo(QR_LEFT);
            }
            assertThat(LineBreaker.NO_LINE_START.indexOf(p.text().codePointAt(0))).as("starts a line: " + p).isNegative();
            assertThat(LineBreaker.NO_LINE_END.indexOf(p.text().codePointBefore(p.text().length())))
                    .as("ends a line: " + p).isNegative();
            assertThat(p.text().replace("……", "")).as("…… split: " + p).doesNotContain("…");
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var image = new PDFRenderer(document).renderImageWithDPI(0, 150);
            var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
            assertThat(new MultiFormatReader().decode(bitmap).getText()).isEqualTo("202611220000012");
        } catch (com.google.zxing.NotFoundException e) {
            throw new AssertionError("the QR code does not decode", e);
        }
        return printed;
    }

    /** Renders the document and writes its first pages and its last page as PNG to target/typesetting/. */
    static byte[] render(String name, DocumentKind kind, CaseRecord r, DocumentContext context) throws IOException {
        byte[] pdf = DOCUMENTS.render(kind, r, context).pdf();
        Path dir = Files.createDirectories(Path.of("target/typesetting"));
        Files.write(dir.resolve(name + ".pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            for (int p : IntStream.of(0, 1, pages - 1).filter(p -> p < pages).distinct().toArray()) {
                ImageIO.write(new PDFRenderer(document).renderImageWithDPI(p, 100), "png",
                        dir.resolve(name + "-p" + (p + 1) + ".png").toFile());
            }
        }
        return pdf;
    }
}
