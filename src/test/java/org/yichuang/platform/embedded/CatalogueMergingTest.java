package org.yichuang.platform.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yichuang.domain.catalogue.BundleGuide;
import org.yichuang.domain.catalogue.BundleSummary;
import org.yichuang.domain.catalogue.FormField;
import org.yichuang.domain.catalogue.ItemSummary;
import org.yichuang.domain.catalogue.Material;
import org.yichuang.domain.catalogue.Merging;
import org.yichuang.domain.catalogue.ServiceItem;
import org.yichuang.domain.catalogue.Situation;
import org.yichuang.domain.catalogue.SituationChoice;
import org.yichuang.domain.catalogue.SituationOption;

/**
 * One form and one set of materials over the whole seeded catalogue, for every combination of answers: no field
 * or material twice, no required field lost, and each answer selects exactly the materials its rules name.
 */
class CatalogueMergingTest {
    private final Catalogue catalogue = CatalogueLoader.fromClassPath();

    private List<List<ServiceItem>> subjects() {
        List<List<ServiceItem>> out = new ArrayList<>();
        catalogue.searchBundles("", 0, 100).content().stream().map(BundleSummary::code)
                .map(c -> catalogue.bundle(c).orElseThrow()).map(BundleGuide::items).forEach(out::add);
        catalogue.searchItems("", null, 0, 10_000).content().stream().map(ItemSummary::code)
                .map(c -> List.of(catalogue.item(c).orElseThrow())).forEach(out::add);
        return out;
    }

    /** Every combination of one option per question (the catalogue keeps these small). */
    private static List<Set<SituationChoice>> allAnswers(List<Situation> situations) {
        List<Set<SituationChoice>> combos = new ArrayList<>(List.of(Set.of()));
        for (Situation s : situations) {
            List<Set<SituationChoice>> next = new ArrayList<>();
            for (Set<SituationChoice> partial : combos) {
                for (SituationOption o : s.options()) {
                    Set<SituationChoice> grown = new HashSet<>(partial);
                    grown.add(new SituationChoice(s.id(), o.id()));
                    next.add(grown);
                }
            }
            combos = next;
        }
        return combos;
    }

    @Test
    void everySubjectMergesWithNoDuplicateAndNoLostRequiredField() {
        int checked = 0;
        for (List<ServiceItem> items : subjects()) {
            List<Situation> situations = Merging.situations(items);
            assertThat(situations).extracting(Situation::id).doesNotHaveDuplicates();
            for (Set<SituationChoice> answers : allAnswers(situations)) {
                List<FormField> fields = Merging.fields(items, answers);
                List<Material> materials = Merging.materials(items, answers);
                String where = items.getFirst().code() + " " + answers;
                assertThat(fields).as(where).extracting(FormField::key).doesNotHaveDuplicates();
                assertThat(materials).as(where).extracting(Material::id).doesNotHaveDuplicates();
                Set<String> required = fields.stream().filter(FormField::required).map(FormField::key).collect(Collectors.toSet());
                for (ServiceItem item : items) {
                    item.fields().stream().filter(f -> f.required() && f.appliesTo(answers))
                            .forEach(f -> assertThat(required).as(where + " keeps " + f.key() + " required").contains(f.key()));
                    item.materials().stream().filter(m -> m.appliesTo(answers)).forEach(m -> {
                        Material merged = materials.stream().filter(x -> x.id().equals(m.id())).findFirst().orElseThrow();
                        if (!m.deferrable()) {
                            assertThat(merged.deferrable()).as(where + " " + m.id() + " deferrable only if every item allows").isFalse();
                        }
                    });
                }
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(130);
    }

    @Test
    void eachAnswerSelectsExactlyTheMaterialsItsRulesName() {
        for (List<ServiceItem> items : subjects()) {
            for (Set<SituationChoice> answers : allAnswers(Merging.situations(items))) {
                Set<String> expected = new HashSet<>();
                for (ServiceItem item : items) {
                    for (Material m : item.materials()) {
                        if (m.requiredWhen().isEmpty() || m.requiredWhen().stream().anyMatch(answers::contains)) {
                            expected.add(m.id());
                        }
                    }
                }
                Set<String> selected = Merging.materials(items, answers).stream().map(Material::id).collect(Collectors.toSet());
                assertThat(selected).as(items.getFirst().code() + " " + answers).isEqualTo(expected);
            }
        }
    }

    @Test
    void everyRuleNamesAQuestionAndAnOptionThatExist() {
        for (List<ServiceItem> items : subjects()) {
            for (ServiceItem item : items) {
                List<SituationChoice> rules = new ArrayList<>();
                item.materials().forEach(m -> rules.addAll(m.requiredWhen()));
                item.fields().forEach(f -> rules.addAll(f.requiredWhen()));
                for (SituationChoice rule : rules) {
                    assertThat(item.situations()).as(item.code() + " " + rule)
                            .anyMatch(s -> s.id().equals(rule.situation()) && s.hasOption(rule.option()));
                }
            }
        }
    }
}
