package org.yichuang.domain.applicant;

import java.util.List;

/** GB/T 3304 nation codes as the card stores them (two digits). */
public final class Nations {
    private static final List<String> NAMES = List.of("汉", "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜",
            "满", "侗", "瑶", "白", "土家", "哈尼", "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡",
            "纳西", "景颇", "柯尔克孜", "土", "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米",
            "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔", "独龙", "鄂伦春", "赫哲",
            "门巴", "珞巴", "基诺");

    private Nations() {
    }

    /** The two-digit code of a nation's name; "" for none. */
    public static String code(String name) {
        int i = NAMES.indexOf(name);
        return i >= 0 ? "%02d".formatted(i + 1) : name == null || name.isEmpty() ? "" : "其他".equals(name) ? "97" : "98";
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
        if (n >= 1 && n <= NAMES.size()) {
            return NAMES.get(n - 1);
        }
        return switch (n) {
            case 97 -> "其他";
            case 98 -> "外国血统中国籍人士";
            default -> null;
        };
    }
}
