package org.yichuang.domain.cases;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.yichuang.domain.text.DataFiles;

/**
 * Province-level regions (GB/T 2260) by code, for the accepting and handling regions of 跨域通办. Table:
 * {@code regions.tsv}.
 */
public final class Regions {
    /** The halls' time zone unless a deployment names another (all of China keeps Beijing time). */
    public static final java.time.ZoneId HALL_ZONE = java.time.ZoneId.of("Asia/Shanghai");

    private static final Map<String, String> NAMES = load();

    private Regions() {
    }

    public static Optional<String> name(String code) {
        return Optional.ofNullable(code == null ? null : NAMES.get(code));
    }

    /** Every region, code to name, in code order. */
    public static Map<String, String> all() {
        return new TreeMap<>(NAMES);
    }

    private static Map<String, String> load() {
        Map<String, String> names = new TreeMap<>();
        DataFiles.table(Regions.class, "regions.tsv").forEach(row -> names.put(row[0], row[1]));
        return Collections.unmodifiableMap(names);
    }
}
