package org.yichuang.platform.embedded;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yichuang.domain.catalogue.FieldRules;
import org.yichuang.domain.catalogue.FieldType;
import org.yichuang.domain.catalogue.FormField;
import org.yichuang.domain.catalogue.ServiceItem;
import org.yichuang.domain.cases.Agent;
import org.yichuang.domain.cases.Principal;
import org.yichuang.domain.cases.CaseSubmission;
import org.yichuang.domain.text.Identifiers;
import org.yichuang.domain.text.TypedText;

/**
 * A submission in the one canonical form the platform stores, whatever client sent it: ID numbers upper-case (a
 * trailing {@code x} becomes {@code X}), phones as digits, names and addresses without invisible marks, and each form
 * value canonical for its field's type ({@link FieldRules#canonical}).
 */
final class CanonicalSubmission {
    private CanonicalSubmission() {
    }

    static CaseSubmission of(CaseSubmission s, List<ServiceItem> items) {
        Map<String, FieldType> types = new HashMap<>();
        items.forEach(i -> i.fields().forEach((FormField f) -> types.putIfAbsent(f.key(), f.type())));
        Map<String, String> form = new HashMap<>();
        s.formData().forEach((k, v) -> {
            if (k != null && v != null) {
                form.put(k, FieldRules.canonical(types.getOrDefault(k, FieldType.TEXTAREA), v));
            }
        });
        return new CaseSubmission(s.subjectType(), s.subjectCode(), person(s.applicant()), agent(s.agent()), form,
                s.materials(), s.decision(), s.channel(), s.clerk(), s.window(), s.handlingRegion(), s.decidedAt());
    }

    private static Principal person(Principal a) {
        if (a == null) {
            return null;
        }
        return new Principal(a.name() == null ? null : TypedText.normalise(a.name()), a.idType(),
                a.idNumber() == null ? null : Identifiers.code(a.idNumber()), a.sex(), a.nation(), a.birthDate(),
                a.address() == null ? null : TypedText.normalise(a.address()),
                a.phone() == null ? null : Identifiers.phone(a.phone()));
    }

    private static Agent agent(Agent a) {
        if (a == null) {
            return null;
        }
        return new Agent(a.name() == null ? null : TypedText.normalise(a.name()), a.idType(),
                a.idNumber() == null ? null : Identifiers.code(a.idNumber()),
                a.phone() == null ? null : Identifiers.phone(a.phone()));
    }
}
