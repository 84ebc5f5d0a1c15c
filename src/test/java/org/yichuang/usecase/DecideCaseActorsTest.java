package org.yichuang.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.yichuang.device.idcard.sim.SpecimenCards;
import org.yichuang.documents.PdfCaseDocuments;
import org.yichuang.domain.catalogue.Material;
import org.yichuang.domain.catalogue.Merging;
import org.yichuang.domain.clerk.Actor;
import org.yichuang.domain.cases.CaseDecision;
import org.yichuang.domain.cases.CaseDraft;
import org.yichuang.domain.cases.CaseMaterial;
import org.yichuang.domain.cases.CaseProgress;
import org.yichuang.domain.cases.CaseRecord;
import org.yichuang.domain.cases.CaseSubmission;
import org.yichuang.domain.cases.CaseSummary;
import org.yichuang.domain.cases.Channel;
import org.yichuang.domain.cases.MaterialProvision;
import org.yichuang.domain.cases.Provision;
import org.yichuang.domain.cases.SubjectType;
import org.yichuang.domain.clerk.Clerk;
import org.yichuang.platform.Submissions;
import org.yichuang.platform.TestPlatform;
import org.yichuang.store.SqliteCaseOutbox;
import org.yichuang.usecase.port.CaseRecords;
import org.yichuang.usecase.port.PlatformException;

/** One DecideCase for the window and the terminal; the e-licence path (免提交) end to end on the embedded platform. */
class DecideCaseActorsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final Actor CLERK = new Actor.AtWindow(new Clerk("clerk01", "李明", "西安市政务服务中心", "综合受理 01 号窗口", "610000"));
    private final TestPlatform platform = TestPlatform.start();

    @AfterEach
    void stop() {
        platform.close();
        platform.deleteData();
    }

    @Test
    void aTerminalsDecisionIsRecordedWithChannelKioskAndTheTerminalNeverAClerk() throws Exception {
        List<CaseSubmission> sent = new ArrayList<>();
        CaseRecords capturing = new CaseRecords() { // records what would be sent, then answers as a platform refusing it
            @Override public CaseRecord submitCase(String key, CaseSubmission s) {
                sent.add(s);
                throw new PlatformException(PlatformException.Kind.INVALID_REQUEST, "terminals sign in with issue 12");
            }
            @Override public CaseMaterial uploadMaterial(String n, String m, byte[] pdf) { throw new AssertionError(); }
            @Override public CaseRecord caseRecord(String n) { throw new AssertionError(); }
            @Override public List<CaseSummary> casesOf(String id) { return List.of(); }
            @Override public CaseProgress progress(String n) { throw new AssertionError(); }
        };
        var outbox = new SqliteCaseOutbox(java.nio.file.Files.createTempDirectory("outbox"), CLOCK);
        var decide = new DecideCase(capturing, new MakeDocuments(platform.client, new PdfCaseDocuments(Optional.empty())),
                outbox, CLOCK);
        var draft = new CaseDraft(UUID.randomUUID().toString(), SubjectType.ITEM, "GA-3007", SpecimenCards.LI_MEI, null,
                "13800000000", Map.of(), List.of(), "");
        Actor terminal = new Actor.AtTerminal("KIOSK-0101", "西安市政务服务中心", "一楼 24 小时自助区");
        assertThatThrownBy(() -> decide.decide(draft, CaseDecision.notify(List.of()), Map.of(), terminal, List.of()))
                .isInstanceOf(PlatformException.class);
        assertThat(sent).singleElement().satisfies(s -> {
            assertThat(s.channel()).isEqualTo(Channel.KIOSK);
            assertThat(s.clerk()).isEqualTo("KIOSK-0101");
            assertThat(s.window()).isEqualTo("一楼 24 小时自助区");
        });
        assertThat(outbox.entries()).as("a rejected decision is not kept").isEmpty();
    }

    @Test
    void aMaterialReplacedByAnELicenceIsRecordedWithItsLicenceNumber() throws Exception {
        var client = platform.signedIn();
        var bundle = client.bundle("YJS-08");
        var materials = Merging.materials(bundle.items(), Set.of());
        var held = client.licences(SpecimenCards.LI_MEI.idNumber());
        var licence = held.stream().filter(l -> materials.stream().anyMatch(m -> l.type().equals(m.elicenceType())))
                .findFirst().orElseThrow(); // one of her e-licences that a material of the bundle accepts
        byte[] licencePdf = client.licenceFile(licence.licenceNumber());
        Map<String, byte[]> files = new java.util.HashMap<>();
        List<MaterialProvision> provided = new ArrayList<>();
        for (Material m : materials) {
            boolean byLicence = licence.type().equals(m.elicenceType());
            byte[] pdf = byLicence ? licencePdf : ("%PDF-1.7\n% scan of " + m.id() + "\n%%EOF\n").getBytes();
            files.put(m.id(), pdf);
            provided.add(MaterialProvision.file(m.id(), m.name(), byLicence ? Provision.ELICENCE : Provision.SCAN,
                    byLicence ? licence.licenceNumber() : "", pdf));
        }
        var form = Submissions.valid(SubjectType.BUNDLE, "YJS-08", bundle.items(), SpecimenCards.LI_MEI).formData();
        var draft = new CaseDraft(UUID.randomUUID().toString(), SubjectType.BUNDLE, "YJS-08", SpecimenCards.LI_MEI, null,
                "13800000000", form, provided, "");
        var decide = new DecideCase(client, new MakeDocuments(client, new PdfCaseDocuments(Optional.empty())),
                new SqliteCaseOutbox(java.nio.file.Files.createTempDirectory("outbox"), CLOCK), CLOCK);
        var outcome = (DecideCase.Recorded) decide.decide(draft, CaseDecision.accept(), files, CLERK, bundle.items());
        assertThat(outcome.record().channel()).isEqualTo(Channel.WINDOW);
        assertThat(outcome.record().clerk()).isEqualTo("clerk01");
        assertThat(outcome.record().materials()).filteredOn(m -> m.provision() == Provision.ELICENCE)
                .isNotEmpty().allSatisfy(m -> assertThat(m.licenceNumber()).isEqualTo(licence.licenceNumber()));
    }
}
