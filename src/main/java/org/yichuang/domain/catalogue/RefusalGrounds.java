package org.yichuang.domain.catalogue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The grounds a window may refuse (不予受理) an application on: the statutory ones every item has (行政许可法
 * 第三十二条), each unmet acceptance condition of the items, and each item's own grounds; once each.
 */
public final class RefusalGrounds {
    static final List<String> STATUTORY = List.of(
            "申请事项依法不属于本机关职权范围",
            "申请事项依法不需要取得行政许可或办理",
            "申请人隐瞒有关情况或者提供虚假材料");

    private RefusalGrounds() {
    }

    public static List<String> of(List<ServiceItem> items) {
        Set<String> grounds = new LinkedHashSet<>(STATUTORY);
        for (ServiceItem item : items) {
            item.conditions().forEach(c -> grounds.add("不符合受理条件：" + c));
            grounds.addAll(item.refusalGrounds());
        }
        return List.copyOf(grounds);
    }
}
