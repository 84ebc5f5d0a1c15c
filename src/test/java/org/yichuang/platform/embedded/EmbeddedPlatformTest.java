package org.yichuang.platform.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.yichuang.device.idcard.sim.SpecimenCards;
import org.yichuang.domain.catalogue.CaseKind;
import org.yichuang.domain.catalogue.ItemSummary;
import org.yichuang.domain.catalogue.ServiceItem;
import org.yichuang.domain.cases.CaseRecord;
import org.yichuang.domain.cases.CaseStatus;
import org.yichuang.domain.cases.CaseSubmission;
import org.yichuang.domain.cases.SubjectType;
import org.yichuang.platform.RawHttp;
import org.yichuang.platform.Submissions;
import org.yichuang.platform.TestPlatform;
import org.yichuang.platform.client.HttpPlatform;
import org.yichuang.usecase.port.PlatformException;
import org.yichuang.usecase.port.PlatformException.Kind;

/** The embedded platform's behaviour, through the real client over real HTTP. */
class EmbeddedPlatformTest {
    private TestPlatform platform = TestPlatform.start();

    @AfterEach
    void stop() {
        platform.close();
        platform.deleteData();
    }

    private ServiceItem firstItem(CaseKind caseKind) {
        HttpPlatform client = platform.client;
        for (int page = 0; ; page++) {
            List<ItemSummary> items = client.searchItems("", null, page, 100).content();
            assertThat(items).as("an item handled as " + caseKind).isNotEmpty();
            for (ItemSummary s : items) {
                if (s.caseKind() == caseKind) {
                    return client.item(s.code());
                }
            }
        }
    }

    private CaseSubmission submission(ServiceItem item) {
        return Submissions.valid(SubjectType.ITEM, item.code(), List.of(item), SpecimenCards.LI_MEI);
    }

    @Test
    void findsTheNewbornBundleByPinyinInitials() {
        var hits = platform.client.searchBundles("xsecs", 0, 20).content();
        assertThat(hits).isNotEmpty();
        assertThat(hits.getFirst().name()).startsWith("新生儿出生");
    }

    @Test
    void findsItemsByNameCodeAndFullPinyin() {
        ServiceItem any = firstItem(CaseKind.PROMISE);
        assertThat(platform.client.searchItems(any.code(), null, 0, 5).content().getFirst().code()).isEqualTo(any.code());
        assertThat(platform.client.searchItems(any.name(), null, 0, 5).content().getFirst().code()).isEqualTo(any.code());
        assertThat(platform.client.searchBundles("xinshengerchusheng", 0, 5).content().getFirst().name()).startsWith("新生儿出生");
    }

    @Test
    void pagesThroughTheCatalogue() {
        var first = platform.client.searchItems("", null, 0, 10);
        var second = platform.client.searchItems("", null, 1, 10);
        assertThat(first.content()).hasSize(10);
        assertThat(first.totalElements()).isGreaterThanOrEqualTo(40);
        assertThat(second.content()).doesNotContainAnyElementsOf(first.content());
    }

    @Test
    void aBundleCarriesTheGuidesOfItsItems() {
        String code = platform.client.searchBundles("新生儿", 0, 1).content().getFirst().code();
        var bundle = platform.client.bundle(code);
        assertThat(bundle.items()).hasSizeGreaterThanOrEqualTo(3).allSatisfy(i -> assertThat(i.materials()).isNotEmpty());
    }

    @Test
    void unknownItemIsNotFound() {
        assertThatThrownBy(() -> platform.client.item("XX-9999"))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND));
    }

    @Test
    void refusesWrongPasswordsAndUnsignedCalls() {
        ServiceItem item = firstItem(CaseKind.INSTANT);
        assertThatThrownBy(() -> platform.client.signIn("clerk01", "wrong".toCharArray()))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.kind()).isEqualTo(Kind.UNAUTHORIZED));
        var raw = new RawHttp(platform.server.baseUri()).send("POST", "/api/v1/cases", "application/json", "{}".getBytes(),
                "Idempotency-Key", "k1", "Authorization", "Bearer forged");
        assertThat(raw.statusCode()).isEqualTo(401);
        assertThat(raw.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(item).isNotNull();
    }

    @Test
    void anInstantItemCompletesAtOnce() {
        ServiceItem item = firstItem(CaseKind.INSTANT);
        CaseRecord record = platform.signedIn().submitCase(UUID.randomUUID().toString(), submission(item));
        assertThat(record.status()).isEqualTo(CaseStatus.COMPLETED);
        assertThat(record.timeline()).extracting(t -> t.status()).containsExactly(CaseStatus.ACCEPTED, CaseStatus.COMPLETED);
        assertThat(record.caseNumber()).hasSize(15);
        assertThat(record.clerk()).isEqualTo("clerk01");
    }

    @Test
    void aPromisedItemAdvancesOnAdminCallsAndStopsWhenComplete() {
        ServiceItem item = firstItem(CaseKind.PROMISE);
        CaseRecord record = platform.signedIn().submitCase(UUID.randomUUID().toString(), submission(item));
        assertThat(record.status()).isEqualTo(CaseStatus.ACCEPTED);
        assertThat(record.promisedBy()).isAfter(record.acceptedAt().toLocalDate());
        RawHttp raw = new RawHttp(platform.server.baseUri());
        String token = raw.token();
        String path = "/api/v1/admin/cases/" + record.caseNumber() + "/advance";
        assertThat(raw.send("POST", path, null, null, "Authorization", "Bearer " + token).statusCode()).isEqualTo(200);
        assertThat(platform.client.caseRecord(record.caseNumber()).status()).isEqualTo(CaseStatus.UNDER_REVIEW);
        assertThat(raw.send("POST", path, null, null, "Authorization", "Bearer " + token).statusCode()).isEqualTo(200);
        assertThat(raw.send("POST", path, null, null, "Authorization", "Bearer " + token).statusCode()).isEqualTo(409);
        assertThat(platform.client.progress(record.caseNumber()).timeline()).extracting(t -> t.status())
                .containsExactly(CaseStatus.ACCEPTED, CaseStatus.UNDER_REVIEW, CaseStatus.COMPLETED);
    }

    @Test
    void aPromisedItemAdvancesOnTheTimer() throws InterruptedException {
        platform.close();
        platform = TestPlatform.start(java.time.Duration.ofMillis(400));
        ServiceItem item = firstItem(CaseKind.PROMISE);
        CaseRecord record = platform.signedIn().submitCase(UUID.randomUUID().toString(), submission(item));
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (platform.client.progress(record.caseNumber()).status() != CaseStatus.COMPLETED && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(platform.client.progress(record.caseNumber()).timeline()).extracting(t -> t.status())
                .containsExactly(CaseStatus.ACCEPTED, CaseStatus.UNDER_REVIEW, CaseStatus.COMPLETED);
    }

    @Test
    void theSameKeyAndRequestReturnTheSameCase() {
        ServiceItem item = firstItem(CaseKind.PROMISE);
        HttpPlatform client = platform.signedIn();
        String key = UUID.randomUUID().toString();
        CaseRecord first = client.submitCase(key, submission(item));
        CaseRecord again = client.submitCase(key, submission(item));
        CaseRecord other = client.submitCase(UUID.randomUUID().toString(), submission(item));
        assertThat(again.caseNumber()).isEqualTo(first.caseNumber());
        assertThat(other.caseNumber()).isNotEqualTo(first.caseNumber());
    }

    @Test
    void aKeyReusedForAnotherRequestIsRefused() {
        ServiceItem item = firstItem(CaseKind.PROMISE);
        HttpPlatform client = platform.signedIn();
        String key = UUID.randomUUID().toString();
        client.submitCase(key, submission(item));
        CaseSubmission changed = Submissions.valid(SubjectType.ITEM, item.code(), List.of(item), SpecimenCards.ZHANG_SAN);
        assertThatThrownBy(() -> client.submitCase(key, changed))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.kind()).isEqualTo(Kind.INVALID_REQUEST));
    }

    @Test
    void listsEveryProblemOfAnInvalidSubmission() {
        ServiceItem item = firstItem(CaseKind.PROMISE);
        CaseSubmission good = submission(item);
        var badApplicant = new org.yichuang.domain.cases.Principal("李梅", null, "610113198803124524", null, null,
                null, null, "12345");
        CaseSubmission bad = new CaseSubmission(good.subjectType(), good.subjectCode(), badApplicant, null,
                java.util.Map.of(), good.materials(), null, good.channel(), good.clerk(), good.window(), "", good.decidedAt());
        assertThatThrownBy(() -> platform.signedIn().submitCase("k-invalid", bad))
                .isInstanceOfSatisfying(PlatformException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.INVALID_REQUEST);
                    assertThat(e.fieldErrors()).extracting(PlatformException.FieldError::field)
                            .contains("applicant.idNumber", "applicant.phone").anyMatch(f -> f.startsWith("formData."));
                });
        CaseSubmission unknown = new CaseSubmission(SubjectType.ITEM, "XX-0000", good.applicant(), null,
                good.formData(), List.of(), null, good.channel(), good.clerk(), good.window(), "", good.decidedAt());
        assertThatThrownBy(() -> platform.client.submitCase("k-unknown", unknown))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.kind()).isEqualTo(Kind.INVALID_REQUEST));
    }

    @Test
    void storesUploadedPdfMaterialsWithTheirDigest() throws Exception {
        ServiceItem item = firstItem(CaseKind.PROMISE);
        HttpPlatform client = platform.signedIn();
        CaseRecord record = client.submitCase(UUID.randomUUID().toString(), submission(item));
        String materialId = record.materials().getFirst().materialId();
        byte[] pdf = ("%PDF-1.7 " + materialId).getBytes(StandardCharsets.US_ASCII); // as declared by Submissions
        assertThatThrownBy(() -> client.uploadMaterial(record.caseNumber(), materialId, "%PDF-1.7 another file".getBytes()))
                .isInstanceOfSatisfying(PlatformException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.INVALID_REQUEST);
                    assertThat(e.getMessage()).contains("SHA-256 and SM3");
                });
        var stored = client.uploadMaterial(record.caseNumber(), materialId, pdf);
        assertThat(stored.uploaded()).isTrue();
        assertThat(stored.sizeBytes()).isEqualTo(pdf.length);
        assertThat(stored.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
        assertThat(stored.sm3()).isEqualTo(org.yichuang.domain.digest.Digests.sm3(pdf));
        assertThatThrownBy(() -> client.uploadMaterial(record.caseNumber(), materialId, "GIF89a".getBytes()))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.kind()).isEqualTo(Kind.INVALID_REQUEST));
        assertThatThrownBy(() -> client.uploadMaterial(record.caseNumber(), "no-such-material", pdf))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND));
    }

    @Test
    void publicProgressShowsTheMaskedNameOnly() {
        ServiceItem item = firstItem(CaseKind.PROMISE);
        CaseRecord record = platform.signedIn().submitCase(UUID.randomUUID().toString(), submission(item));
        var reply = new RawHttp(platform.server.baseUri()).get("/api/v1/cases/" + record.caseNumber() + "/progress");
        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.body()).contains("李*").doesNotContain("李梅", "610113198803124523", "13800000000", "科技路");
    }

    @Test
    void listsTheCasesOfOneApplicantOnly() {
        ServiceItem item = firstItem(CaseKind.PROMISE);
        HttpPlatform client = platform.signedIn();
        CaseRecord mine = client.submitCase(UUID.randomUUID().toString(), submission(item));
        client.submitCase(UUID.randomUUID().toString(),
                Submissions.valid(SubjectType.ITEM, item.code(), List.of(item), SpecimenCards.ZHANG_SAN));
        assertThat(client.casesOf("610113198803124523")).extracting(c -> c.caseNumber()).containsExactly(mine.caseNumber());
    }

    @Test
    void casesSurviveARestartAndPersonalDataIsNotStoredInTheClear() throws Exception {
        ServiceItem item = firstItem(CaseKind.PROMISE);
        CaseRecord record = platform.signedIn().submitCase(UUID.randomUUID().toString(), submission(item));
        platform = platform.restart();
        assertThat(platform.signedIn().caseRecord(record.caseNumber()).applicant().idNumber()).isEqualTo("610113198803124523");
        platform.close();
        try (Stream<Path> files = Files.walk(platform.dataDirectory)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertThat(bytes).as(file.toString()).doesNotContain("610113198803124523")
                        .doesNotContain(new String("科技路".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
            }
        }
        platform.deleteData();
        platform = TestPlatform.start();
    }
}
