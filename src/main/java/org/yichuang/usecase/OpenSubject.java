package org.yichuang.usecase;

import org.yichuang.domain.cases.Subject;
import org.yichuang.domain.cases.SubjectType;
import org.yichuang.usecase.port.ServiceCatalogue;

/** What is applied for, by its kind and code, with every item's guide (办事指南). Blocks. */
public final class OpenSubject {
    private final ServiceCatalogue catalogue;

    public OpenSubject(ServiceCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public Subject open(SubjectType type, String code) {
        return type == SubjectType.BUNDLE ? Subject.of(catalogue.bundle(code)) : Subject.of(catalogue.item(code));
    }
}
