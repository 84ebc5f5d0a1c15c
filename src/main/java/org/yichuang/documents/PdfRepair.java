package org.yichuang.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdfparser.PDFParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.yichuang.usecase.port.MaterialFiles.Change;
import org.yichuang.usecase.port.MaterialFiles.MaterialPdf;
import org.yichuang.usecase.port.MaterialFiles.UnreadableFile;

/**
 * A PDF the applicant brings. A sound one (a strict parse, every cross-reference offset pointing at its object, every
 * page of the page tree readable) is kept byte for byte. One that opens without a password but carries an owner
 * password is decrypted and saved again: PDF/A forbids encryption. A damaged one is saved again when PDFBox's lenient
 * parser recovers every page, and refused otherwise. Whatever is saved again must then pass the strict check itself,
 * so what is stored is what every reader opens, never a file that only a lenient parser reads.
 */
final class PdfRepair {
    private static final Pattern OBJECT_HEADER = Pattern.compile("\\A\\s*(\\d+)\\s+(\\d+)\\s+obj\\b");

    private PdfRepair() {
    }

    static MaterialPdf material(String fileName, byte[] content) throws UnreadableFile {
        String strictProblem;
        try (PDDocument document = parse(content, false)) {
            strictProblem = problemOf(fileName, document, content);
            if (strictProblem == null) {
                return document.isEncrypted() ? resaved(fileName, document, EnumSet.of(Change.DECRYPTED))
                        : MaterialPdf.kept(content);
            }
        } catch (InvalidPasswordException e) {
            throw needsPassword(fileName);
        } catch (IOException | RuntimeException e) {
            strictProblem = e.getMessage();
        }
        try (PDDocument document = parse(content, true)) {
            requireEveryPage(fileName, document);
            EnumSet<Change> changes = EnumSet.of(Change.REPAIRED);
            if (document.isEncrypted()) {
                changes.add(Change.DECRYPTED);
            }
            return resaved(fileName, document, changes);
        } catch (InvalidPasswordException e) {
            throw needsPassword(fileName);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFile(UnreadableFile.Reason.DAMAGED, fileName + ": " + strictProblem + "; not recoverable: "
                    + e.getMessage());
        }
    }

    /** Null when a strict parse reads every page through offsets that are right; else what is wrong. */
    private static String problemOf(String fileName, PDDocument document, byte[] content) {
        try {
            requireEveryPage(fileName, document);
            requireOffsetsPointAtObjects(document, content);
            return null;
        } catch (IOException | RuntimeException | UnreadableFile e) {
            return e.getMessage();
        }
    }

    private static PDDocument parse(byte[] content, boolean lenient) throws IOException {
        return new PDFParser(new RandomAccessReadBuffer(content), "", null, null, null).parse(lenient);
    }

    /** Saves a clean copy without encryption, and proves that a strict parse reads all of it. */
    private static MaterialPdf resaved(String fileName, PDDocument document, EnumSet<Change> changes) throws UnreadableFile {
        int pages = document.getNumberOfPages();
        try {
            document.setAllSecurityToBeRemoved(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            byte[] saved = out.toByteArray();
            try (PDDocument copy = parse(saved, false)) {
                if (copy.isEncrypted() || requireEveryPage(fileName, copy) != pages) {
                    throw new IOException("the saved copy differs from the original");
                }
                requireOffsetsPointAtObjects(copy, saved);
            }
            return new MaterialPdf(saved, changes);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFile(UnreadableFile.Reason.DAMAGED, fileName + ": cannot be saved again: " + e.getMessage());
        }
    }

    /**
     * Every page the page tree declares must be there with its content, read before PDFBox iterates the pages (its
     * iterator stands in an empty page for a lost one); then every page's content is read through.
     */
    private static int requireEveryPage(String fileName, PDDocument document) throws IOException, UnreadableFile {
        int declared = document.getNumberOfPages();
        if (declared <= 0) {
            throw new UnreadableFile(UnreadableFile.Reason.NO_PAGES, fileName + " has no pages");
        }
        int whole = wholePages(document.getPages().getCOSObject(), 0);
        if (whole != declared) {
            throw new UnreadableFile(UnreadableFile.Reason.PAGES_LOST, fileName + ": " + whole + " of " + declared + " pages whole");
        }
        for (PDPage page : document.getPages()) {
            try (InputStream contents = page.getContents()) {
                contents.transferTo(OutputStream.nullOutputStream());
            }
        }
        return whole;
    }

    /** The pages under a page tree node whose dictionary and content streams are all there. */
    private static int wholePages(COSDictionary node, int depth) throws IOException {
        COSArray kids = node.getCOSArray(COSName.KIDS);
        if (kids == null || depth > 64) {
            throw new IOException("the page tree is broken");
        }
        int whole = 0;
        for (int i = 0; i < kids.size(); i++) {
            if (kids.getObject(i) instanceof COSDictionary kid) {
                whole += kid.containsKey(COSName.KIDS) ? wholePages(kid, depth + 1) : contentIsThere(kid) ? 1 : 0;
            }
        }
        return whole;
    }

    private static boolean contentIsThere(COSDictionary page) {
        if (!page.containsKey(COSName.CONTENTS)) {
            return true; // a blank page
        }
        COSBase contents = page.getDictionaryObject(COSName.CONTENTS);
        if (contents instanceof COSArray parts) {
            for (int i = 0; i < parts.size(); i++) {
                if (!(parts.getObject(i) instanceof COSStream)) {
                    return false;
                }
            }
            return true;
        }
        return contents instanceof COSStream;
    }

    /** A strict parse trusts the offsets; an offset that misses its object is damage only a lenient parser mends. */
    private static void requireOffsetsPointAtObjects(PDDocument document, byte[] content) throws IOException {
        for (Map.Entry<COSObjectKey, Long> entry : document.getDocument().getXrefTable().entrySet()) {
            long offset = entry.getValue();
            if (offset <= 0) {
                continue; // in an object stream, or free
            }
            if (offset >= content.length) {
                throw new IOException("object " + entry.getKey() + " lies beyond the end of the file");
            }
            var header = OBJECT_HEADER.matcher(new String(content, (int) offset,
                    (int) Math.min(40, content.length - offset), StandardCharsets.ISO_8859_1));
            if (!header.find() || Long.parseLong(header.group(1)) != entry.getKey().getNumber()) {
                throw new IOException("the cross-reference offset of object " + entry.getKey() + " is wrong");
            }
        }
    }

    private static UnreadableFile needsPassword(String fileName) {
        return new UnreadableFile(UnreadableFile.Reason.ENCRYPTED, fileName + " needs a password to open");
    }
}
