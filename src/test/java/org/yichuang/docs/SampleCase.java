package org.yichuang.docs;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.yichuang.domain.applicant.IdDocumentType;
import org.yichuang.domain.applicant.Sex;
import org.yichuang.domain.cases.CaseApplicant;
import org.yichuang.domain.cases.CaseMaterial;
import org.yichuang.domain.cases.CaseRecord;
import org.yichuang.domain.cases.CaseStatus;
import org.yichuang.domain.cases.Channel;
import org.yichuang.domain.cases.Provision;
import org.yichuang.domain.cases.StatusChange;
import org.yichuang.domain.cases.SubjectType;
import org.yichuang.domain.cases.CaseDecision;
import org.yichuang.domain.cases.MaterialDigest;
import org.yichuang.usecase.port.CaseDocuments.DocumentContext;

/** A specimen case for document tests. */
public final class SampleCase {
    public static final OffsetDateTime AT = OffsetDateTime.of(2026, 11, 22, 10, 30, 0, 0, ZoneOffset.ofHours(8));
    public static final CaseRecord RECORD = new CaseRecord("202611220000018", SubjectType.BUNDLE, "YJS-08", "新生儿出生一件事",
            CaseStatus.ACCEPTED, new CaseApplicant("李梅", IdDocumentType.RESIDENT_ID, "610113198803124523", Sex.FEMALE, "汉",
                    LocalDate.of(1988, 3, 12), "陕西省西安市雁塔区科技路100号", "13800000000"), null,
            Map.of(), List.of(material("birth-medical-certificate", "出生医学证明", Provision.SCAN),
                    new CaseMaterial("marriage-certificate", "结婚证", Provision.DEFERRED, LocalDate.of(2026, 12, 5), "", false, 0,
                            null, null, null)),
            CaseDecision.accept(), Channel.WINDOW, "综合受理 01 号窗口", "clerk01", "610000", "", AT, LocalDate.of(2026, 11, 27),
            List.of(new StatusChange(CaseStatus.ACCEPTED, AT, "已受理")));
    public static final DocumentContext CONTEXT = new DocumentContext("西安市政务服务中心", "李明", "12345",
            "西安市政务服务中心一楼综合窗口", List.of());

    private static CaseMaterial material(String id, String name, Provision provision) {
        MaterialDigest d = MaterialDigest.of(("%PDF-1.7 " + id).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        return new CaseMaterial(id, name, provision, null, "", true, d.sizeBytes(), d.sha256(), d.sm3(), null);
    }

    private SampleCase() {
    }
}
