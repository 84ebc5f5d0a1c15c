package org.yichuang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yichuang.domain.catalogue.Bundle;
import org.yichuang.domain.catalogue.BundleGuide;
import org.yichuang.domain.catalogue.BundleSummary;
import org.yichuang.domain.catalogue.Fee;
import org.yichuang.domain.catalogue.FormField;
import org.yichuang.domain.catalogue.ItemSummary;
import org.yichuang.domain.catalogue.Material;
import org.yichuang.domain.catalogue.ServiceItem;
import org.yichuang.domain.catalogue.Situation;
import org.yichuang.domain.catalogue.SituationChoice;
import org.yichuang.domain.catalogue.SituationOption;
import org.yichuang.domain.cases.Principal;
import org.yichuang.domain.cases.CaseMaterial;
import org.yichuang.domain.cases.CaseProgress;
import org.yichuang.domain.cases.CaseRecord;
import org.yichuang.domain.cases.CaseSubmission;
import org.yichuang.domain.cases.CaseSummary;
import org.yichuang.domain.cases.MaterialProvision;
import org.yichuang.domain.cases.StatusChange;
import org.yichuang.domain.clerk.Clerk;
import org.yichuang.domain.clerk.ClerkSession;

/** platform-api.yaml is the single source of truth: the embedded platform serves exactly it, with the records' fields. */
class OpenApiContractTest {
    private static JsonNode spec;
    private static TestPlatform platform;

    /** Schema name in the contract → the record that travels under it. */
    static final Map<String, Class<?>> SCHEMAS = Map.ofEntries(
            Map.entry("ServiceItem", ServiceItem.class), Map.entry("ItemSummary", ItemSummary.class),
            Map.entry("Fee", Fee.class), Map.entry("Situation", Situation.class),
            Map.entry("SituationOption", SituationOption.class), Map.entry("SituationChoice", SituationChoice.class),
            Map.entry("Material", Material.class), Map.entry("FormField", FormField.class),
            Map.entry("BundleSummary", BundleSummary.class), Map.entry("BundleGuide", BundleGuide.class),
            Map.entry("Clerk", Clerk.class), Map.entry("SignInResult", ClerkSession.class),
            Map.entry("ApplicantData", Principal.class), Map.entry("CaseSubmission", CaseSubmission.class),
            Map.entry("MaterialProvision", MaterialProvision.class), Map.entry("CaseRecord", CaseRecord.class),
            Map.entry("CaseMaterial", CaseMaterial.class), Map.entry("StatusChange", StatusChange.class),
            Map.entry("CaseSummary", CaseSummary.class), Map.entry("CaseProgress", CaseProgress.class),
            Map.entry("Problem", Problem.class),
            Map.entry("CaseDecision", org.yichuang.domain.cases.CaseDecision.class),
            Map.entry("Shortfall", org.yichuang.domain.cases.Shortfall.class),
            Map.entry("MaterialDigest", org.yichuang.domain.cases.MaterialDigest.class),
            Map.entry("PersonalProfile", org.yichuang.domain.applicant.PersonalProfile.class),
            Map.entry("ElectronicLicence", org.yichuang.domain.licence.ElectronicLicence.class),
            Map.entry("Evaluation", org.yichuang.domain.evaluation.Evaluation.class),
            Map.entry("PendingMaterial", org.yichuang.domain.clerk.PendingMaterial.class),
            Map.entry("WorkList", org.yichuang.domain.clerk.WorkList.class));

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = OpenApiContractTest.class.getResourceAsStream("/platform-api.yaml")) {
            assertThat(in).as("platform-api.yaml on the class path").isNotNull();
            spec = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
        platform = TestPlatform.start();
    }

    @AfterAll
    static void stop() {
        platform.close();
        platform.deleteData();
    }

    private static String normalise(String route) {
        return route.replaceAll("\\{[^}]+}", "{}");
    }

    @Test
    void isOpenApi31UnderApiV1() {
        assertThat(spec.path("openapi").asText()).startsWith("3.1");
        spec.path("paths").fieldNames().forEachRemaining(p -> assertThat(p).startsWith("/api/v1/"));
    }

    @Test
    void theEmbeddedPlatformServesExactlyTheContractsOperations() {
        Set<String> contract = new TreeSet<>();
        spec.path("paths").properties().forEach(path -> path.getValue().fieldNames().forEachRemaining(method -> {
            if (Set.of("get", "put", "post", "delete", "patch").contains(method)) {
                contract.add(method.toUpperCase() + " " + normalise(path.getKey()));
            }
        }));
        Set<String> served = platform.server.routes().stream().map(OpenApiContractTest::normalise)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(served).isEqualTo(contract);
    }

    @Test
    void servesTheContractItself() {
        var reply = new RawHttp(platform.server.baseUri()).get("/api/v1/openapi.yaml");
        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.body()).contains("openapi:");
        String declared = spec.at("/paths/~1api~1v1~1openapi.yaml/get/responses/200/content").fieldNames().next();
        assertThat(reply.headers().firstValue("Content-Type").orElseThrow()).startsWith(declared);
    }

    static Set<String> schemaNames() {
        return SCHEMAS.keySet();
    }

    @ParameterizedTest
    @MethodSource("schemaNames")
    void schemasNameTheFieldsOfTheRecords(String name) {
        JsonNode schema = spec.path("components").path("schemas").path(name);
        assertThat(schema.isMissingNode()).as("schema " + name).isFalse();
        Set<String> properties = new TreeSet<>();
        collectProperties(schema, properties);
        Set<String> components = Arrays.stream(SCHEMAS.get(name).getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(properties).as(name).isEqualTo(components);
    }

    /** Properties of a schema, following allOf and local $refs. */
    private static void collectProperties(JsonNode schema, Set<String> into) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            collectProperties(spec.at(ref.substring(1)), into);
        }
        schema.path("properties").fieldNames().forEachRemaining(into::add);
        schema.path("allOf").forEach(part -> collectProperties(part, into));
    }
}
