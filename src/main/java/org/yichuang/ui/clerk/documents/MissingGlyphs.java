package org.yichuang.ui.clerk.documents;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.yichuang.ui.common.I18n;
import org.yichuang.usecase.MakeDocuments.Document;

/** The warning for characters that no installed font has: each named by its code point, so a technician can act. */
final class MissingGlyphs {
    private MissingGlyphs() {
    }

    static String warning(List<Document> documents, I18n i18n) {
        Set<Integer> missing = new TreeSet<>();
        documents.forEach(d -> missing.addAll(d.missingGlyphs()));
        if (missing.isEmpty()) {
            return "";
        }
        return i18n.get("documents.glyphs.missing", missing.stream()
                .map(cp -> new String(Character.toChars(cp)) + " (U+" + Integer.toHexString(cp).toUpperCase() + ")")
                .collect(Collectors.joining(i18n.get("list.separator"))));
    }
}
