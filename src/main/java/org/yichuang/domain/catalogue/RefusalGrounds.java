package org.yichuang.domain.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.yichuang.domain.text.DataFiles;

/**
 * The grounds a window may refuse (不予受理) an application on: the statutory ones every item has (行政许可法
 * 第三十二条), each unmet acceptance condition of the items, and each item's own grounds; once each. Wording:
 * {@code refusal-grounds.properties}.
 */
public final class RefusalGrounds {
    private static final Properties TEXT = DataFiles.properties(RefusalGrounds.class, "refusal-grounds.properties");
    static final List<String> STATUTORY = statutory();

    private RefusalGrounds() {
    }

    public static List<String> of(List<ServiceItem> items) {
        Set<String> grounds = new LinkedHashSet<>(STATUTORY);
        String unmet = TEXT.getProperty("unmetCondition");
        for (ServiceItem item : items) {
            item.conditions().forEach(c -> grounds.add(unmet.replace("{0}", c)));
            grounds.addAll(item.refusalGrounds());
        }
        return List.copyOf(grounds);
    }

    private static List<String> statutory() {
        List<String> grounds = new ArrayList<>();
        for (int n = 1; TEXT.containsKey("statutory." + n); n++) {
            grounds.add(TEXT.getProperty("statutory." + n));
        }
        return List.copyOf(grounds);
    }
}
