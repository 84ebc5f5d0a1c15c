package org.yichuang.platform;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yichuang.domain.applicant.CardHolder;
import org.yichuang.domain.catalogue.FormField;
import org.yichuang.domain.catalogue.Material;
import org.yichuang.domain.catalogue.Merging;
import org.yichuang.domain.catalogue.ServiceItem;
import org.yichuang.domain.cases.Principal;
import org.yichuang.domain.cases.CaseSubmission;
import org.yichuang.domain.cases.Channel;
import org.yichuang.domain.cases.MaterialProvision;
import org.yichuang.domain.cases.Provision;
import org.yichuang.domain.cases.SubjectType;

/** Valid submissions for any catalogue item, filled with specimen values of the right type. */
public final class Submissions {
    private Submissions() {
    }

    public static CaseSubmission valid(SubjectType type, String code, List<ServiceItem> items, CardHolder a) {
        Map<String, String> form = new HashMap<>();
        for (FormField f : Merging.fields(items, Set.of())) {
            form.put(f.key(), switch (f.key()) { // the form names the person the submission names (OnePerson)
                case "applicant.name" -> a.name();
                case "applicant.idNumber" -> a.idNumber();
                default -> value(f);
            });
        }
        List<MaterialProvision> materials = new ArrayList<>();
        for (Material m : Merging.materials(items, Set.of())) {
            materials.add(MaterialProvision.file(m.id(), m.name(), Provision.SCAN, "",
                    ("%PDF-1.7 " + m.id()).getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        }
        Principal applicant = new Principal(a.name(), a.documentType(), a.idNumber(), a.sex(), a.nation(),
                a.birthDate(), a.address(), "13800000000");
        return new CaseSubmission(type, code, applicant, null, form, materials, null, Channel.WINDOW, "clerk01",
                "综合受理 01 号窗口", "", null);
    }

    public static String value(FormField f) {
        String v = switch (f.type()) {
            case ID_NUMBER -> "11010519491231002X";
            case PHONE -> "13800000000";
            case DATE -> (f.dates().notPast() ? LocalDate.now().plusDays(30) : LocalDate.of(2026, 1, 15)).toString();
            case NUMBER -> "1";
            case USCC -> "91350100M000100Y43";
            case CHOICE -> f.options().isEmpty() ? "是" : f.options().getFirst();
            case TEXT, TEXTAREA -> "样例";
        };
        return f.maxLength() != null && v.length() > f.maxLength() ? v.substring(0, f.maxLength()) : v;
    }
}
