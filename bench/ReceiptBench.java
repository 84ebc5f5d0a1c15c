import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.yichuang.documents.PdfCaseDocuments;
import org.yichuang.domain.applicant.IdDocumentType;
import org.yichuang.domain.applicant.Sex;
import org.yichuang.domain.cases.CaseApplicant;
import org.yichuang.domain.cases.CaseMaterial;
import org.yichuang.domain.cases.CaseRecord;
import org.yichuang.domain.cases.CaseStatus;
import org.yichuang.domain.cases.Channel;
import org.yichuang.domain.cases.Provision;
import org.yichuang.domain.cases.SubjectType;

/** Receipt cost, cold and warm, against a baseline in the same run: one A4 page with one CJK line, same font. */
public class ReceiptBench {
    public static void main(String[] args) throws Exception {
        // the specimen newborn case: four materials (scan, e-licence, file, deferral), PDF/A-2b
        var record = org.yichuang.documents.Samples.forKind(org.yichuang.domain.cases.DocumentKind.RECEIPT);
        var context = org.yichuang.documents.Samples.CONTEXT;
        var documents = new PdfCaseDocuments(Optional.empty());
        long start = System.nanoTime();
        byte[] pdf = documents.receipt(record, context);
        double cold = (System.nanoTime() - start) / 1e6;
        var ttc = new TrueTypeCollection(Path.of(args.length > 0 ? args[0] : "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc").toFile());
        var font = new org.apache.fontbox.ttf.TrueTypeFont[1];
        ttc.processAllFonts(f -> { if (font[0] == null) font[0] = f; });
        double warm = best(200, () -> documents.receipt(record, context));
        double base = best(200, () -> baseline(font[0]));
        // a rare name (䶮 ext A, 𠮷 ext B): the first one parses the fallback font, later ones embed a second subset
        var rare = org.yichuang.documents.Samples.forKind(org.yichuang.domain.cases.DocumentKind.RECEIPT, "刘\u4DAE\uD842\uDFB7",
                "西安市\uD883\uDEDE路1号");
        long rareStart = System.nanoTime();
        byte[] rarePdf = documents.receipt(rare, context);
        double rareCold = (System.nanoTime() - rareStart) / 1e6;
        double rareWarm = best(200, () -> documents.receipt(rare, context));
        System.out.printf("receipt cold %.1f ms (first document: class loading and font parsing)%n", cold);
        System.out.printf("receipt warm %.2f ms, baseline warm %.2f ms, ratio %.2f%n", warm, base, warm / base);
        System.out.printf("receipt size %.1f KB%n", pdf.length / 1024.0);
        System.out.printf("rare-name receipt cold %.1f ms (fallback font parsed), warm %.2f ms, ratio to the plain receipt %.2f, size %.1f KB%n",
                rareCold, rareWarm, rareWarm / warm, rarePdf.length / 1024.0);
        if (args.length > 1) {
            Files.write(Path.of(args[1]), pdf);
        }
    }

    interface Work {
        Object run() throws Exception;
    }

    static double best(int runs, Work work) throws Exception {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            long s = System.nanoTime();
            work.run();
            best = Math.min(best, System.nanoTime() - s);
        }
        return best / 1e6;
    }

    static byte[] baseline(org.apache.fontbox.ttf.TrueTypeFont ttf) throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(PDType0Font.load(doc, ttf, true), 12);
                content.newLineAtOffset(56, 780);
                content.showText("受理回执");
                content.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
