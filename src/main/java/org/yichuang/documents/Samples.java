package org.yichuang.documents;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.yichuang.domain.applicant.IdDocumentType;
import org.yichuang.domain.applicant.Sex;
import org.yichuang.domain.cases.Principal;
import org.yichuang.domain.cases.CaseDecision;
import org.yichuang.domain.cases.CaseMaterial;
import org.yichuang.domain.cases.CaseRecord;
import org.yichuang.domain.cases.CaseStatus;
import org.yichuang.domain.cases.Channel;
import org.yichuang.domain.cases.DocumentKind;
import org.yichuang.domain.cases.MaterialDigest;
import org.yichuang.domain.cases.Provision;
import org.yichuang.domain.cases.Shortfall;
import org.yichuang.domain.cases.StatusChange;
import org.yichuang.domain.cases.SubjectType;
import org.yichuang.usecase.port.CaseDocuments.DocumentContext;

/** A specimen newborn case for each document type, for `sample-documents` and the tests. Specimen data only. */
public final class Samples {
    public static final OffsetDateTime AT = OffsetDateTime.of(2026, 11, 22, 10, 30, 0, 0, ZoneOffset.ofHours(8));
    public static final DocumentContext CONTEXT = new DocumentContext("西安市政务服务中心", "李明", "12345",
            "西安市政务服务中心一楼综合窗口", List.of("申请人为新生儿的父亲或母亲，或其委托的代理人"));
    private static final Principal LI_MEI = new Principal("李梅", IdDocumentType.RESIDENT_ID, "610113198803124523",
            Sex.FEMALE, "汉", LocalDate.of(1988, 3, 12), "陕西省西安市雁塔区科技路100号", "13800000000");
    private static final List<CaseMaterial> MATERIALS = List.of(
            file("birth-medical-certificate", "出生医学证明", Provision.SCAN, ""),
            file("marriage-certificate", "结婚证", Provision.ELICENCE, "JH610113-2015-000123"),
            file("hukou-booklet", "居民户口簿", Provision.UPLOAD, ""),
            new CaseMaterial("id-photo", "近期免冠彩色证件照", Provision.DEFERRED, LocalDate.of(2026, 12, 2), "", false, 0,
                    null, null, null));

    private Samples() {
    }

    private static CaseMaterial file(String id, String name, Provision provision, String licence) {
        MaterialDigest d = MaterialDigest.of(("%PDF-1.7 specimen " + id).getBytes(StandardCharsets.US_ASCII));
        return new CaseMaterial(id, name, provision, null, licence, true, d.sizeBytes(), d.sha256(), d.sm3(), null);
    }

    private static CaseRecord record(CaseDecision decision, String handlingRegion) {
        return record(decision, handlingRegion, LI_MEI);
    }

    private static CaseRecord record(CaseDecision decision, String handlingRegion, Principal applicant) {
        CaseStatus status = CaseStatus.after(decision.decision());
        return new CaseRecord("202611220000018", SubjectType.BUNDLE, "YJS-08", "新生儿出生一件事", status, applicant, null,
                Map.of(), decision.decision() == org.yichuang.domain.cases.Decision.ACCEPT ? MATERIALS : List.of(), decision,
                Channel.WINDOW, "综合受理 01 号窗口", "clerk01", "610000", handlingRegion, AT,
                status == CaseStatus.ACCEPTED ? LocalDate.of(2026, 11, 27) : null,
                List.of(new StatusChange(status, AT, "")));
    }

    /** A case that calls for {@code kind}, with every part of that document filled. */
    public static CaseRecord forKind(DocumentKind kind) {
        return switch (kind) {
            case RECEIPT, COMMITMENT -> record(CaseDecision.accept(), "");
            case TRANSFER -> record(CaseDecision.accept(), "510000");
            case NOTIFICATION -> notified(List.of(
                    new Shortfall("出生医学证明（原件，1 份）", "出生登记、城乡居民基本医疗保险参保登记需要此材料"),
                    new Shortfall("结婚证（原件，1 份）", "出生医学证明办理、出生登记需要此材料；未婚生育的请提供非婚生育情况说明"),
                    new Shortfall("申请表“新生儿出生日期”", "必填")));
            case REFUSAL -> record(CaseDecision.refuse("不符合受理条件：婴儿出生后一个月以内申报",
                    "新生儿出生已逾一年，请按补办户口登记办理。"), "");
        };
    }

    /** The same case for another applicant's name and address: a hall rehearses its hardest names with it. */
    public static CaseRecord forKind(DocumentKind kind, String name, String address) {
        CaseRecord r = forKind(kind);
        Principal a = new Principal(name, LI_MEI.idType(), LI_MEI.idNumber(), LI_MEI.sex(), LI_MEI.nation(),
                LI_MEI.birthDate(), address, LI_MEI.phone());
        return record(r.decision(), r.handlingRegion(), a);
    }

    public static CaseRecord notified(List<Shortfall> shortfalls) {
        return record(CaseDecision.notify(shortfalls), "");
    }
}
