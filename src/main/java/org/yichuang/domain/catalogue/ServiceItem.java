package org.yichuang.domain.catalogue;

import java.util.List;

/**
 * A service item (事项) with its full guide (办事指南). {@code commitmentBased}: the item runs under 告知承诺制, the
 * applicant signs that the conditions are met. {@code refusalGrounds}: the grounds a window may refuse it on,
 * besides those every item has ({@link RefusalGrounds}).
 */
public record ServiceItem(String code, String name, String department, ItemType type, Audience audience,
                          CaseKind caseKind, int legalLimitDays, int promisedLimitDays, Fee fee,
                          List<String> legalBasis, List<String> conditions, List<Situation> situations,
                          List<Material> materials, List<FormField> fields, String handlingPlace,
                          String consultPhone, boolean crossRegion, List<String> keywords,
                          boolean commitmentBased, List<String> refusalGrounds) {
    public ServiceItem {
        legalBasis = List.copyOf(legalBasis == null ? List.of() : legalBasis);
        conditions = List.copyOf(conditions == null ? List.of() : conditions);
        situations = List.copyOf(situations == null ? List.of() : situations);
        materials = List.copyOf(materials == null ? List.of() : materials);
        fields = List.copyOf(fields == null ? List.of() : fields);
        keywords = List.copyOf(keywords == null ? List.of() : keywords);
        refusalGrounds = List.copyOf(refusalGrounds == null ? List.of() : refusalGrounds);
        fee = fee == null ? new Fee(false, "") : fee;
    }

    public ItemSummary summary() {
        return new ItemSummary(code, name, department, type, audience, caseKind, promisedLimitDays, crossRegion);
    }
}
