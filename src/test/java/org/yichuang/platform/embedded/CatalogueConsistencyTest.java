package org.yichuang.platform.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yichuang.domain.catalogue.BundleGuide;
import org.yichuang.domain.catalogue.BundleSummary;
import org.yichuang.domain.catalogue.ItemSummary;
import org.yichuang.domain.catalogue.ServiceItem;

/** The seeded catalogue: complete guides, the national first batch of bundles, and rules that let bundles merge. */
class CatalogueConsistencyTest {
    private static final List<String> FIRST_BATCH = List.of("企业信息变更", "开办运输企业", "开办餐饮店", "水电气网联合报装",
            "信用修复", "企业破产信息核查", "企业注销登记", "新生儿出生", "教育入学", "社会保障卡居民服务", "残疾人服务",
            "退休", "身后一件事");

    private final Catalogue catalogue = CatalogueLoader.fromClassPath(); // throws on any broken rule

    private List<ServiceItem> allItems() {
        return catalogue.searchItems("", null, 0, 10_000).content().stream()
                .map(ItemSummary::code).map(c -> catalogue.item(c).orElseThrow()).toList();
    }

    private List<BundleGuide> allBundles() {
        return catalogue.searchBundles("", 0, 100).content().stream()
                .map(BundleSummary::code).map(c -> catalogue.bundle(c).orElseThrow()).toList();
    }

    @Test
    void holdsTheThirteenBundlesOfTheNationalFirstBatch() {
        List<BundleGuide> bundles = allBundles();
        assertThat(bundles).hasSize(13);
        for (String name : FIRST_BATCH) {
            assertThat(bundles).as(name).anyMatch(b -> b.name().startsWith(name));
        }
        assertThat(bundles).allSatisfy(b -> assertThat(b.items()).hasSizeGreaterThanOrEqualTo(2));
    }

    @Test
    void holdsAtLeastFortyStandaloneItems() {
        Set<String> inBundles = new HashSet<>();
        allBundles().forEach(b -> b.items().forEach(i -> inBundles.add(i.code())));
        assertThat(allItems().stream().filter(i -> !inBundles.contains(i.code()))).hasSizeGreaterThanOrEqualTo(40);
    }

    @Test
    void everyGuideIsComplete() {
        assertThat(allItems()).allSatisfy(i -> {
            assertThat(i.department()).as(i.code()).isNotBlank();
            assertThat(i.legalBasis()).as(i.code() + " legal basis").isNotEmpty();
            assertThat(i.conditions()).as(i.code() + " conditions").isNotEmpty();
            assertThat(i.materials()).as(i.code() + " materials").isNotEmpty();
            assertThat(i.fields()).as(i.code() + " fields").isNotEmpty();
            assertThat(i.handlingPlace()).as(i.code() + " place").isNotBlank();
            assertThat(i.consultPhone()).as(i.code() + " phone").isNotBlank();
            assertThat(i.fee().description()).as(i.code() + " fee").isNotBlank();
            assertThat(i.type()).isNotNull();
            assertThat(i.caseKind()).isNotNull();
            assertThat(i.legalLimitDays()).as(i.code() + " legal days").isPositive();
            i.materials().forEach(m -> assertThat(m.form()).as(i.code() + " " + m.id()).isNotNull());
            i.fields().forEach(f -> assertThat(f.type()).as(i.code() + " " + f.key()).isNotNull());
        });
    }

    @Test
    void noIdentityDocumentMayBeDeferred() {
        assertThat(allItems().stream().flatMap(i -> i.materials().stream()).filter(m -> m.id().equals("id-card")))
                .noneMatch(m -> m.deferrable());
    }

    @Test
    void theNewbornBundleSharesAQuestionAndHasADeferrableMaterial() {
        BundleGuide newborn = allBundles().stream().filter(b -> b.name().startsWith("新生儿出生")).findFirst().orElseThrow();
        Set<String> seen = new HashSet<>();
        boolean shared = newborn.items().stream().flatMap(i -> i.situations().stream()).anyMatch(s -> !seen.add(s.id()));
        assertThat(shared).as("a situation asked by several items").isTrue();
        assertThat(newborn.items().stream().flatMap(i -> i.materials().stream())).anyMatch(m -> m.deferrable());
    }

    @Test
    void pinyinInitialsFindTheNewbornBundle() {
        assertThat(catalogue.searchBundles("xsecs", 0, 5).content().getFirst().name()).startsWith("新生儿出生");
    }

    /** Field report (issue 10): a newborn's birth date in the future was accepted. Every date field has its rule. */
    @Test
    void everyDateFieldSaysWhereItsDateMayLie() {
        allItems().forEach(i -> i.fields().stream().filter(f -> f.type() == org.yichuang.domain.catalogue.FieldType.DATE)
                .forEach(f -> {
                    assertThat(f.dates().notFuture() || f.dates().notPast()).as(i.code() + " " + f.key()).isTrue();
                    Set<String> known = new HashSet<>(List.of("applicant.birthDate"));
                    i.fields().forEach(other -> known.add(other.key()));
                    assertThat(known).as(i.code() + " " + f.key() + " refers to").containsAll(f.dates().notBefore());
                }));
    }

    /** Field report (issue 10): 非婚生育 still made the spouse fields mandatory. Situations decide fields too. */
    @Test
    void spouseFieldsApplyOnlyWhereTheParentsAreMarried() {
        allItems().stream().filter(i -> i.situations().stream().anyMatch(s -> s.id().equals("parents-marital-status")))
                .forEach(i -> assertThat(i.fields()).filteredOn(f -> f.key().startsWith("spouse.")).isNotEmpty()
                        .allSatisfy(f -> assertThat(f.requiredWhen()).as(i.code() + " " + f.key()).containsExactly(
                                new org.yichuang.domain.catalogue.SituationChoice("parents-marital-status", "married"))));
    }

    /** Field report (issue 10): 新生儿 did not find 出生登记. A bundle's common names find its items too. */
    @Test
    void aBundlesCommonNameFindsItsItems() {
        assertThat(catalogue.searchItems("新生儿", null, 0, 20).content()).extracting(ItemSummary::name)
                .contains("出生登记", "出生医学证明办理");
        assertThat(catalogue.searchItems("xinshenger", null, 0, 20).content()).extracting(ItemSummary::name)
                .contains("出生登记");
        assertThat(catalogue.searchItems("上户口", null, 0, 5).content().getFirst().name()).isEqualTo("出生登记");
    }
}
