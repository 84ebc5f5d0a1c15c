package org.yichuang.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yichuang.domain.catalogue.Audience;
import org.yichuang.domain.catalogue.FieldGroup;
import org.yichuang.domain.catalogue.FieldType;
import org.yichuang.domain.catalogue.FormField;
import org.yichuang.domain.catalogue.CaseKind;
import org.yichuang.domain.catalogue.ItemType;
import org.yichuang.domain.catalogue.Material;
import org.yichuang.domain.catalogue.MaterialForm;
import org.yichuang.domain.catalogue.Merging;
import org.yichuang.domain.catalogue.ServiceItem;
import org.yichuang.domain.catalogue.Situation;
import org.yichuang.domain.catalogue.SituationChoice;
import org.yichuang.domain.catalogue.SituationOption;

class MergingTest {
    private static final Situation ROLE = new Situation("applicant-role", "由谁来办理？",
            List.of(new SituationOption("self", "本人"), new SituationOption("agent", "代办")));
    private static final SituationChoice AGENT = new SituationChoice("applicant-role", "agent");

    private static FormField field(String key, boolean required, FieldGroup group, SituationChoice... when) {
        return new FormField(key, key, FieldType.TEXT, required, null, null, List.of(), null, group, List.of(when));
    }

    private static Material material(String id, boolean deferrable, SituationChoice... when) {
        return new Material(id, id, MaterialForm.ORIGINAL, 1, "", null, deferrable, List.of(when), "");
    }

    private static ServiceItem item(String code, List<FormField> fields, List<Material> materials) {
        return new ServiceItem(code, code, "部门", ItemType.CONFIRMATION, Audience.PERSON, CaseKind.INSTANT, 1, 0, null,
                List.of(), List.of(), List.of(ROLE), materials, fields, "", "", false, List.of(), false, List.of());
    }

    private final ServiceItem a = item("GA-0001", List.of(field("applicant.name", false, FieldGroup.APPLICANT),
            field("business.a", true, FieldGroup.BUSINESS), field("agent.name", true, FieldGroup.AGENT, AGENT)),
            List.of(material("id-card", false), material("photo", true), material("power-of-attorney", false, AGENT)));
    private final ServiceItem b = item("WJ-0002", List.of(field("applicant.name", true, FieldGroup.APPLICANT),
            field("business.b", false, FieldGroup.BUSINESS)),
            List.of(material("id-card", false), material("photo", false)));

    @Test
    void sharedFieldsAppearOnceAndStayRequiredIfAnyItemRequiresThem() {
        List<FormField> fields = Merging.fields(List.of(a, b), Set.of());
        assertThat(fields).extracting(FormField::key).containsExactly("applicant.name", "business.a", "business.b");
        assertThat(fields.getFirst().required()).isTrue();
    }

    @Test
    void situationsAddTheirFieldsAndMaterials() {
        assertThat(Merging.fields(List.of(a, b), Set.of(AGENT))).extracting(FormField::key).contains("agent.name");
        assertThat(Merging.materials(List.of(a, b), Set.of(AGENT))).extracting(Material::id)
                .containsExactly("id-card", "photo", "power-of-attorney");
        assertThat(Merging.materials(List.of(a, b), Set.of())).extracting(Material::id).containsExactly("id-card", "photo");
    }

    @Test
    void aSharedMaterialIsDeferrableOnlyIfEveryItemAllowsIt() {
        Material photo = Merging.materials(List.of(a, b), Set.of()).get(1);
        assertThat(photo.deferrable()).isFalse();
        assertThat(Merging.materials(List.of(a), Set.of()).get(1).deferrable()).isTrue();
    }

    @Test
    void aSharedQuestionIsAskedOnce() {
        assertThat(Merging.situations(List.of(a, b))).containsExactly(ROLE);
    }
}
