package org.yichuang.documents;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The lines of a PDF as PDFBox reads them back with each glyph's position: glyphs on one baseline, cut where a gap
 * wider than a quarter em parts them (a row's label from its value, two signature blocks), so each piece is one line
 * as the document drew it.
 */
record PrintedLines(List<Piece> pieces) {
    /** One drawn line: its page (0 for the first), text and box in points from the page's top left. */
    record Piece(int page, String text, float left, float right, float top, float bottom) {
    }

    static PrintedLines of(byte[] pdf) throws IOException {
        List<Piece> pieces = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (int p = 0; p < document.getNumberOfPages(); p++) {
                Collector c = new Collector();
                c.setStartPage(p + 1);
                c.setEndPage(p + 1);
                c.getText(document);
                pieces.addAll(cut(p, c.glyphs));
            }
        }
        return new PrintedLines(pieces);
    }

    private static List<Piece> cut(int page, List<TextPosition> glyphs) {
        List<Piece> pieces = new ArrayList<>();
        List<TextPosition> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble((TextPosition t) -> Math.round(t.getYDirAdj()))
                .thenComparingDouble(TextPosition::getXDirAdj));
        List<TextPosition> run = new ArrayList<>();
        for (TextPosition t : sorted) {
            if (!run.isEmpty()) {
                TextPosition last = run.getLast();
                boolean sameLine = Math.round(last.getYDirAdj()) == Math.round(t.getYDirAdj());
                if (!sameLine || t.getXDirAdj() - (last.getXDirAdj() + last.getWidthDirAdj()) > t.getFontSizeInPt() / 4) {
                    pieces.add(piece(page, run));
                    run.clear();
                }
            }
            run.add(t);
        }
        if (!run.isEmpty()) {
            pieces.add(piece(page, run));
        }
        return pieces;
    }

    private static Piece piece(int page, List<TextPosition> run) {
        StringBuilder text = new StringBuilder();
        float right = 0;
        float top = Float.MAX_VALUE;
        float bottom = 0;
        for (TextPosition t : run) {
            text.append(t.getUnicode());
            right = Math.max(right, t.getXDirAdj() + t.getWidthDirAdj());
            top = Math.min(top, t.getYDirAdj() - t.getFontSizeInPt() * 0.88f);
            bottom = Math.max(bottom, t.getYDirAdj() + t.getFontSizeInPt() * 0.12f);
        }
        return new Piece(page, text.toString().strip(), run.getFirst().getXDirAdj(), right, top, bottom);
    }

    List<Piece> onPage(int page) {
        return pieces.stream().filter(p -> p.page() == page).toList();
    }

    int pages() {
        return pieces.stream().mapToInt(Piece::page).max().orElse(0) + 1;
    }

    private static final class Collector extends PDFTextStripper {
        final List<TextPosition> glyphs = new ArrayList<>();

        @Override
        protected void processTextPosition(TextPosition text) {
            glyphs.add(text);
        }
    }
}
