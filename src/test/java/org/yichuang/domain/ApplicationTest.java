package org.yichuang.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yichuang.domain.applicant.CardHolder;
import org.yichuang.domain.applicant.IdDocumentType;
import org.yichuang.domain.applicant.Sex;
import org.yichuang.domain.catalogue.Audience;
import org.yichuang.domain.catalogue.FieldGroup;
import org.yichuang.domain.catalogue.FieldType;
import org.yichuang.domain.catalogue.FormField;
import org.yichuang.domain.catalogue.CaseKind;
import org.yichuang.domain.catalogue.ItemType;
import org.yichuang.domain.catalogue.Material;
import org.yichuang.domain.catalogue.MaterialForm;
import org.yichuang.domain.catalogue.ServiceItem;
import org.yichuang.domain.catalogue.Situation;
import org.yichuang.domain.catalogue.SituationChoice;
import org.yichuang.domain.catalogue.SituationOption;
import org.yichuang.domain.cases.Application;
import org.yichuang.domain.cases.CaseDraft;
import org.yichuang.domain.cases.Subject;

/** The application as the core holds it, for the window and the kiosk alike: answers decide the form and materials. */
class ApplicationTest {
    private static final SituationChoice AGENT = new SituationChoice("who", "agent");
    private static final Situation WHO = new Situation("who", "由谁来办理？",
            List.of(new SituationOption("self", "本人办理"), new SituationOption("agent", "委托他人代办")));
    private static final Material ID = new Material("id-card", "申请人居民身份证", MaterialForm.ORIGINAL, 1, "", "居民身份证",
            false, List.of(), "");
    private static final Material PROXY = new Material("proxy", "授权委托书", MaterialForm.ORIGINAL, 1, "", "", true,
            List.of(AGENT), "");

    private static ServiceItem item(String code, boolean crossRegion, List<Material> materials, List<FormField> fields) {
        return new ServiceItem(code, "事项" + code, "局", ItemType.CONFIRMATION, Audience.PERSON, CaseKind.INSTANT, 5, 0,
                null, List.of(), List.of("条件"), List.of(WHO), materials, fields, "窗口", "12345", crossRegion, List.of(),
                false, List.of());
    }

    private static final FormField PHONE = new FormField("applicant.phone", "联系电话", FieldType.PHONE, true, null, null,
            List.of(), null, FieldGroup.CONTACT, List.of());
    private static final FormField AGENT_NAME = new FormField("agent.name", "代办人姓名", FieldType.TEXT, true, 30, null,
            List.of(), null, FieldGroup.AGENT, List.of(AGENT));
    private static final Subject BUNDLE = new Subject(org.yichuang.domain.cases.SubjectType.BUNDLE, "YJS-T", "样例一件事", "",
            5, List.of(item("A", false, List.of(ID), List.of(PHONE)), item("B", true, List.of(ID, PROXY), List.of(AGENT_NAME))));
    private static final CardHolder LI = new CardHolder("李梅", Sex.FEMALE, "汉", LocalDate.of(1988, 3, 12), "西安",
            "610113198803124523", "", null, null, IdDocumentType.RESIDENT_ID);

    @Test
    void situationsAreAskedOnceAndAnswersDecideTheFormAndTheMaterials() {
        Application a = new Application(BUNDLE, "610000");
        assertThat(a.situations()).hasSize(1);
        a.answer("who", "self");
        assertThat(a.materials()).extracting(Material::id).containsExactly("id-card");
        assertThat(a.fields()).extracting(FormField::key).containsExactly("applicant.phone");
        a.answer("who", "agent");
        assertThat(a.materials()).extracting(Material::id).containsExactly("id-card", "proxy");
        assertThat(a.fields()).extracting(FormField::key).contains("agent.name");
        assertThat(a.itemsNeeding(ID)).containsExactly("事项A", "事项B");
        assertThat(a.itemsNeeding(PROXY)).containsExactly("事项B");
    }

    @Test
    void theDraftHoldsCanonicalValuesConfirmationsAndTheSameKeyEveryTime() {
        Application a = new Application(BUNDLE, "610000");
        a.answer("who", "self");
        CaseDraft first = a.draft(LI, null, Map.of("applicant.phone", "+86 138-0013-8000"), Map.of("applicant.phone", "已核对"),
                List.of(), "610000");
        assertThat(first.formData()).containsEntry("applicant.phone", "13800138000")
                .containsEntry("applicant.phone.confirmed", "已核对");
        assertThat(first.phone()).isEqualTo("13800138000");
        assertThat(first.handlingRegion()).as("the hall's own region is not cross-region").isEmpty();
        CaseDraft second = a.draft(LI, null, Map.of(), Map.of(), List.of(), "510000");
        assertThat(second.idempotencyKey()).isEqualTo(first.idempotencyKey());
        assertThat(second.handlingRegion()).isEqualTo("510000");
        Application noCrossRegion = new Application(new Subject(BUNDLE.type(), "X", "X", "", 5,
                List.of(BUNDLE.items().getFirst())), "610000");
        assertThat(noCrossRegion.draft(LI, null, Map.of(), Map.of(), List.of(), "510000").handlingRegion()).isEmpty();
        assertThat(noCrossRegion.idempotencyKey()).isNotEqualTo(first.idempotencyKey());
    }

    @Test
    void refusalGroundsIncludeEachUnmetCondition() {
        assertThat(new Application(BUNDLE, "610000").refusalGrounds()).anyMatch(g -> g.contains("条件"));
    }
}
