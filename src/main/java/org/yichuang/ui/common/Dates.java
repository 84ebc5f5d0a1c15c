package org.yichuang.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import javafx.util.StringConverter;
import org.yichuang.domain.catalogue.FieldRules;

/**
 * Dates on the clerk's screens, one way whatever the machine's locale: 2026-12-10 (GB/T 7408, the numeric form used in
 * zh-CN forms), which is also how date fields are typed and stored.
 */
public final class Dates {
    public static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private Dates() {
    }

    public static String day(LocalDate d) {
        return d == null ? "" : DAY.format(d);
    }

    /** For date pickers: shows and reads 2026-12-10 (full-width digits and stray marks are cleaned first). */
    public static StringConverter<LocalDate> converter() {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return day(d);
            }

            @Override
            public LocalDate fromString(String text) {
                return FieldRules.date(text).orElse(null);
            }
        };
    }
}
