package org.yichuang.platform.embedded;

import java.util.List;
import java.util.Optional;
import org.yichuang.domain.catalogue.BundleGuide;
import org.yichuang.domain.catalogue.CaseKind;
import org.yichuang.domain.catalogue.ServiceItem;
import org.yichuang.domain.cases.SubjectType;
import org.yichuang.platform.Problem.FieldProblem;

/**
 * What a case is for, from the catalogue: its name, items, kind (a bundle is 即办件 only if each of its items is) and
 * promised working days. An unknown subject is a 422 naming {@code subjectCode}.
 */
final class CaseSubjects {
    record Subject(String name, List<ServiceItem> items, CaseKind caseKind, int promisedDays) {
    }

    private CaseSubjects() {
    }

    static Subject of(Catalogue catalogue, SubjectType type, String code) {
        String c = Optional.ofNullable(code).orElse("");
        if (type == SubjectType.ITEM) {
            ServiceItem item = catalogue.item(c).orElseThrow(() -> unknown(type, code));
            return new Subject(item.name(), List.of(item), item.caseKind(), item.promisedLimitDays());
        }
        if (type == SubjectType.BUNDLE) {
            BundleGuide b = catalogue.bundle(c).orElseThrow(() -> unknown(type, code));
            boolean instant = b.items().stream().allMatch(i -> i.caseKind() == CaseKind.INSTANT);
            return new Subject(b.name(), b.items(), instant ? CaseKind.INSTANT : CaseKind.PROMISE,
                    instant ? 0 : b.promisedLimitDays());
        }
        throw new ApiError(422, "Unprocessable Content", "subjectType must be ITEM or BUNDLE");
    }

    private static ApiError unknown(SubjectType type, String code) {
        return new ApiError(422, "Unprocessable Content", "no " + type + " with code " + code,
                List.of(new FieldProblem("subjectCode", "unknown")));
    }
}
