package org.yichuang.ui.common;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.yichuang.usecase.port.MaterialFiles.Change;
import org.yichuang.usecase.port.MaterialFiles.MaterialPdf;

/**
 * What had to be done to an applicant's file, in the clerk's words, to append where the material is shown: the clerk
 * must know when a photo was turned, a permission password removed or a damaged PDF repaired, to check it with the
 * applicant. That an image became a page goes without saying.
 */
public final class MaterialNotes {
    private static final Set<Change> TOLD = EnumSet.of(Change.ORIENTED, Change.DECRYPTED, Change.REPAIRED);

    private MaterialNotes() {
    }

    public static String of(I18n i18n, MaterialPdf made) {
        return made.changes().stream().filter(TOLD::contains)
                .map(c -> i18n.get("material.change." + c.name())).collect(Collectors.joining());
    }
}
