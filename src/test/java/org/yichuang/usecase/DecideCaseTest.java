package org.yichuang.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yichuang.device.idcard.sim.SpecimenCards;
import org.yichuang.documents.PdfCaseDocuments;
import org.yichuang.domain.catalogue.Material;
import org.yichuang.domain.catalogue.Merging;
import org.yichuang.domain.catalogue.ServiceItem;
import org.yichuang.domain.cases.CaseDecision;
import org.yichuang.domain.cases.CaseDraft;
import org.yichuang.domain.cases.CaseStatus;
import org.yichuang.domain.cases.DocumentKind;
import org.yichuang.domain.cases.MaterialProvision;
import org.yichuang.domain.cases.Provision;
import org.yichuang.domain.cases.Shortfall;
import org.yichuang.domain.cases.SubjectType;
import org.yichuang.domain.clerk.Actor;
import org.yichuang.domain.clerk.Clerk;
import org.yichuang.platform.Submissions;
import org.yichuang.platform.TestPlatform;
import org.yichuang.platform.client.HttpPlatform;
import org.yichuang.store.SqliteCaseOutbox;
import org.yichuang.usecase.port.PlatformException;

/**
 * Deciding against the real embedded platform over loopback: documents per decision, materials uploaded and
 * verified, and an outage that keeps the case in the outbox until the platform is back.
 */
class DecideCaseTest {
    private static final Clock CLOCK = Clock.system(ZoneId.of("Asia/Shanghai"));
    private static final Actor CLERK = new Actor.AtWindow(new Clerk("clerk01", "李明", "西安市政务服务中心", "综合受理 01 号窗口", "610000"));
    private TestPlatform platform = TestPlatform.start();
    @TempDir
    Path outboxDir;

    @AfterEach
    void stop() {
        platform.close();
        platform.deleteData();
    }

    private DecideCase decide(HttpPlatform client, SqliteCaseOutbox outbox) {
        return new DecideCase(client, new MakeDocuments(client, new PdfCaseDocuments(Optional.empty())), outbox, CLOCK);
    }

    private record Application(CaseDraft draft, Map<String, byte[]> files, List<ServiceItem> items) {
    }

    /** The newborn bundle, every material scanned except the ones that may be deferred. */
    private Application newborn(boolean deferWhatMay) {
        var bundle = platform.signedIn().bundle("YJS-08");
        Map<String, String> form = Submissions.valid(SubjectType.BUNDLE, "YJS-08", bundle.items(), SpecimenCards.LI_MEI).formData();
        Map<String, byte[]> files = new HashMap<>();
        List<MaterialProvision> provided = new java.util.ArrayList<>();
        for (Material m : Merging.materials(bundle.items(), Set.of())) {
            if (deferWhatMay && m.deferrable()) {
                provided.add(MaterialProvision.deferred(m.id(), m.name(), java.time.LocalDate.now(CLOCK).plusDays(10)));
            } else {
                byte[] pdf = ("%PDF-1.7\n% scan of " + m.id() + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
                files.put(m.id(), pdf);
                provided.add(MaterialProvision.file(m.id(), m.name(), Provision.SCAN, "", pdf));
            }
        }
        CaseDraft draft = new CaseDraft(UUID.randomUUID().toString(), SubjectType.BUNDLE, "YJS-08", SpecimenCards.LI_MEI,
                null, "13800000000", form, provided, "");
        return new Application(draft, files, bundle.items());
    }

    @Test
    void anAcceptanceWithADeferralIsRecordedWithItsFilesAndCallsForTheCommitmentLetter() {
        Application a = newborn(true);
        var outcome = decide(platform.client, new SqliteCaseOutbox(outboxDir, CLOCK))
                .decide(a.draft(), CaseDecision.accept(), a.files(), CLERK, a.items());
        assertThat(outcome).isInstanceOfSatisfying(DecideCase.Recorded.class, r -> {
            assertThat(r.record().status()).isEqualTo(CaseStatus.ACCEPTED);
            assertThat(r.record().materials()).filteredOn(m -> m.provision() != Provision.DEFERRED)
                    .isNotEmpty().allMatch(m -> m.uploaded() && m.sm3() != null);
            assertThat(r.record().deferred()).isNotEmpty();
            assertThat(r.documents()).extracting(MakeDocuments.Document::kind)
                    .containsExactly(DocumentKind.RECEIPT, DocumentKind.COMMITMENT);
            assertThat(r.documents()).allSatisfy(d -> assertThat(new String(d.pdf(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-"));
        });
    }

    @Test
    void aNotificationAndARefusalAreRecordedToo() {
        Application a = newborn(false);
        DecideCase decide = decide(platform.client, new SqliteCaseOutbox(outboxDir, CLOCK));
        var notified = (DecideCase.Recorded) decide.decide(a.draft(), CaseDecision.notify(List.of(
                new Shortfall("结婚证（原件，1 份）", "办理出生登记须提交"))), Map.of(), CLERK, a.items());
        assertThat(notified.record().status()).isEqualTo(CaseStatus.NOTIFIED);
        assertThat(notified.documents()).extracting(MakeDocuments.Document::kind).containsExactly(DocumentKind.NOTIFICATION);
        Application b = newborn(false);
        var refused = (DecideCase.Recorded) decide.decide(b.draft(), CaseDecision.refuse(
                "申请事项依法不属于本机关职权范围", "申请人户籍不在本省"), Map.of(), CLERK, b.items());
        assertThat(refused.record().status()).isEqualTo(CaseStatus.REFUSED);
        assertThat(refused.documents()).extracting(MakeDocuments.Document::kind).containsExactly(DocumentKind.REFUSAL);
        assertThat(platform.client.caseRecord(refused.record().caseNumber()).decision().detail()).isEqualTo("申请人户籍不在本省");
    }

    @Test
    void anOutageKeepsTheCaseWhichIsSentOnceThePlatformIsBack() {
        Application a = newborn(false);
        SqliteCaseOutbox outbox = new SqliteCaseOutbox(outboxDir, CLOCK);
        HttpPlatform client = platform.signedIn();
        platform.close(); // the network goes away after the clerk started
        var outcome = decide(client, outbox).decide(a.draft(), CaseDecision.accept(), a.files(), CLERK, a.items());
        assertThat(outcome).isInstanceOf(DecideCase.Kept.class);
        assertThat(outbox.entries()).hasSize(1);
        var kept = outbox.entries().getFirst();

        platform = platform.restart();
        SendOutbox send = new SendOutbox(platform.signedIn(), new SqliteCaseOutbox(outboxDir, CLOCK));
        SendOutbox.Result result = send.sendPending();
        assertThat(result.remaining()).isZero();
        assertThat(result.sent()).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(CaseStatus.ACCEPTED);
            assertThat(r.materials()).isNotEmpty().allMatch(m -> m.uploaded());
        });
        String number = result.sent().getFirst().caseNumber();
        // sending the same decision again finds the same case: the idempotency key travels with it
        outbox.keep(kept.idempotencyKey(), kept.submission(), kept.files());
        assertThat(send.sendPending().sent()).singleElement().extracting(r -> r.caseNumber()).isEqualTo(number);
    }

    @Test
    void aSubmissionThePlatformRejectsIsNotKept() {
        Application a = newborn(false);
        SqliteCaseOutbox outbox = new SqliteCaseOutbox(outboxDir, CLOCK);
        assertThatThrownBy(() -> decide(platform.client, outbox).decide(a.draft(),
                CaseDecision.refuse("没有这条理由", ""), Map.of(), CLERK, a.items()))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.kind()).isEqualTo(PlatformException.Kind.INVALID_REQUEST));
        assertThat(outbox.entries()).isEmpty();
    }
}
