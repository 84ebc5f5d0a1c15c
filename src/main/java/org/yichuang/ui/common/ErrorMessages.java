package org.yichuang.ui.common;

import org.yichuang.usecase.port.CaseDocuments;
import org.yichuang.usecase.port.PlatformException;

/** Plain Chinese for what went wrong, from any failure a background task can report. */
public final class ErrorMessages {
    private final I18n i18n;

    public ErrorMessages(I18n i18n) {
        this.i18n = i18n;
    }

    public String of(Throwable failure) {
        Throwable e = failure;
        while (e.getCause() != null && !(e instanceof PlatformException) && !(e instanceof CaseDocuments.DocumentsUnavailable)) {
            e = e.getCause();
        }
        if (e instanceof PlatformException p) {
            String text = p.kind() == PlatformException.Kind.MOVED
                    ? i18n.get("platform.error.MOVED", p.location())
                    : i18n.get("platform.error." + p.kind().name());
            if (!p.fieldErrors().isEmpty()) {
                text += "\n" + String.join("\n", p.fieldErrors().stream().map(f -> i18n.get("platform.fieldError", f.field(), f.message())).toList());
            }
            return text;
        }
        if (e instanceof CaseDocuments.DocumentsUnavailable) {
            return i18n.get("error.fontMissing") + "\n" + e.getMessage();
        }
        return i18n.get("error.unexpected", String.valueOf(e.getMessage()));
    }
}
