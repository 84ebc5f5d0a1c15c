package org.yichuang.domain.applicant;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * ISO 3166-1 countries, for the nationality on foreigners' permanent residence cards: the 2017 edition stores the
 * alpha-3 code, the 2023 edition the numeric one (GB/T 2659 follows ISO 3166-1). Both become alpha-3, so the two
 * editions read alike. Table: {@code iso3166.tsv}, from Debian's iso-codes.
 */
public final class Countries {
    private static final Map<String, String[]> BY_CODE = load();

    private Countries() {
    }

    /** The alpha-3 code for a numeric or alpha-3 code, or empty when no country has it. */
    public static Optional<String> alpha3(String code) {
        return Optional.ofNullable(code).map(c -> BY_CODE.get(c.strip().toUpperCase(Locale.ROOT))).map(r -> r[2]);
    }

    /** The numeric code for a numeric or alpha-3 code, or empty when no country has it. */
    public static Optional<String> numeric(String code) {
        return Optional.ofNullable(code).map(c -> BY_CODE.get(c.strip().toUpperCase(Locale.ROOT))).map(r -> r[0]);
    }

    /** The country's name in {@code locale} (中文: 沙特阿拉伯), or the code itself when it is unknown. */
    public static String name(String code, Locale locale) {
        String[] row = code == null ? null : BY_CODE.get(code.strip().toUpperCase(Locale.ROOT));
        return row == null ? String.valueOf(code) : Locale.of("", row[1]).getDisplayCountry(locale);
    }

    private static Map<String, String[]> load() {
        Map<String, String[]> map = new HashMap<>();
        try (var in = Countries.class.getResourceAsStream("/org/yichuang/domain/iso3166.tsv");
             var lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] row = line.split("\t");
                if (row.length == 3 && !line.startsWith("#")) {
                    map.put(row[0], row);
                    map.put(row[2], row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(map);
    }
}
