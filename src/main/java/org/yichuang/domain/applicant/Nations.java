package org.yichuang.domain.applicant;

import java.util.HashMap;
import java.util.Map;
import org.yichuang.domain.text.DataFiles;

/** GB/T 3304 nation codes as the card stores them (two digits). Table: {@code nations.tsv}. */
public final class Nations {
    /** Not a nation: any code the table does not name is taken as 98 (外国血统中国籍人士). */
    private static final String OTHER_CODE = "98";
    private static final Map<Integer, String> BY_NUMBER = new HashMap<>();
    private static final Map<String, String> CODE_BY_NAME = new HashMap<>();

    static {
        for (String[] row : DataFiles.table(Nations.class, "nations.tsv")) {
            BY_NUMBER.put(Integer.parseInt(row[0]), row[1]);
            CODE_BY_NAME.put(row[1], row[0]);
        }
    }

    private Nations() {
    }

    /** The two-digit code of a nation's name; "" for none. */
    public static String code(String name) {
        return name == null || name.isEmpty() ? "" : CODE_BY_NAME.getOrDefault(name, OTHER_CODE);
    }

    /** The nation's name, or null for an unknown code. 97 and 98 are not nations and take no 族. */
    public static String name(String code) {
        if (code == null || !code.matches("\\d{2}")) {
            return null;
        }
        return name(Integer.parseInt(code));
    }

    /** The nation's name for its number, or null for an unknown one. */
    public static String name(int n) {
        return BY_NUMBER.get(n);
    }
}
