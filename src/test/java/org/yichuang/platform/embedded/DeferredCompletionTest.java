package org.yichuang.platform.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.yichuang.device.idcard.sim.SpecimenCards;
import org.yichuang.domain.catalogue.Material;
import org.yichuang.domain.catalogue.ServiceItem;
import org.yichuang.domain.cases.CaseDecision;
import org.yichuang.domain.cases.CaseRecord;
import org.yichuang.domain.cases.CaseStatus;
import org.yichuang.domain.cases.CaseSubmission;
import org.yichuang.domain.cases.MaterialProvision;
import org.yichuang.domain.cases.SubjectType;
import org.yichuang.platform.Submissions;
import org.yichuang.platform.TestPlatform;

/**
 * Field report (issue 10): a case with a deferred material still outstanding moved to 办结 four minutes after
 * acceptance. Under 容缺受理 it is reviewed, but completes only once the material is in; an item approved on commitment
 * (告知承诺制) completes first.
 */
class DeferredCompletionTest {
    private final TestPlatform platform = TestPlatform.start(Duration.ofMillis(200));

    @AfterEach
    void stop() {
        platform.close();
        platform.deleteData();
    }

    private CaseRecord acceptWithDeferral(String code) {
        ServiceItem item = platform.signedIn().item(code);
        Material deferrable = item.materials().stream().filter(Material::deferrable).findFirst().orElseThrow();
        CaseSubmission valid = Submissions.valid(SubjectType.ITEM, code, List.of(item), SpecimenCards.WANG_JIANGUO);
        List<MaterialProvision> materials = new ArrayList<>(valid.materials());
        materials.removeIf(m -> m.materialId().equals(deferrable.id()));
        materials.add(MaterialProvision.deferred(deferrable.id(), deferrable.name(), LocalDate.now().plusDays(10)));
        return platform.client.submitCase(UUID.randomUUID().toString(), new CaseSubmission(SubjectType.ITEM, code,
                valid.applicant(), null, valid.formData(), materials, CaseDecision.accept(), valid.channel(), valid.clerk(),
                valid.window(), "", null));
    }

    private CaseStatus settled(String caseNumber) throws InterruptedException {
        Thread.sleep(1500); // several status steps of 200 ms
        return platform.client.caseRecord(caseNumber).status();
    }

    private void supplyTheDeferred(CaseRecord r) {
        r.deferred().forEach(m -> platform.client.uploadMaterial(r.caseNumber(), m.materialId(),
                "%PDF-1.7 supplied".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    }

    @Test
    void aPromisedCaseIsReviewedButCompletesOnlyOnceTheDeferredMaterialIsIn() throws InterruptedException {
        CaseRecord r = acceptWithDeferral("GA-3004");
        assertThat(settled(r.caseNumber())).isEqualTo(CaseStatus.UNDER_REVIEW);
        supplyTheDeferred(r);
        assertThat(settled(r.caseNumber())).isEqualTo(CaseStatus.COMPLETED);
    }

    @Test
    void anInstantCaseWaitsForItsDeferredMaterialThenCompletes() throws InterruptedException {
        CaseRecord r = acceptWithDeferral("RS-3002");
        assertThat(r.status()).isEqualTo(CaseStatus.ACCEPTED);
        assertThat(r.timeline().getLast().note()).contains("容缺材料补齐后办结");
        assertThat(settled(r.caseNumber())).as("the clock does not complete it").isEqualTo(CaseStatus.ACCEPTED);
        supplyTheDeferred(r);
        CaseRecord done = platform.client.caseRecord(r.caseNumber());
        assertThat(done.status()).isEqualTo(CaseStatus.COMPLETED);
        assertThat(done.timeline().getLast().note()).contains("已补齐");
    }

    @Test
    void anItemApprovedOnCommitmentCompletesWithTheMaterialStillOutstanding() throws InterruptedException {
        CaseRecord r = acceptWithDeferral("JT-1001");
        assertThat(settled(r.caseNumber())).isEqualTo(CaseStatus.COMPLETED);
        assertThat(platform.client.caseRecord(r.caseNumber()).deferred()).anyMatch(m -> m.outstanding());
    }
}
