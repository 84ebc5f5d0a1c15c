package org.yichuang.documents;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.yichuang.domain.cases.CaseDecision;
import org.yichuang.domain.cases.CaseMaterial;
import org.yichuang.domain.cases.CaseRecord;
import org.yichuang.domain.cases.CaseStatus;
import org.yichuang.domain.cases.Channel;
import org.yichuang.domain.cases.Decision;
import org.yichuang.domain.cases.DocumentKind;
import org.yichuang.domain.cases.MaterialDigest;
import org.yichuang.domain.cases.Principal;
import org.yichuang.domain.cases.Provision;
import org.yichuang.domain.cases.Shortfall;
import org.yichuang.domain.cases.StatusChange;
import org.yichuang.domain.cases.SubjectType;
import org.yichuang.usecase.port.CaseDocuments.DocumentContext;

/**
 * A specimen newborn case for each document type, for `sample-documents` and the tests. Specimen data only, from
 * {@code samples.json}.
 */
public final class Samples {
    private record Material(String id, String name, Provision provision, String licence, LocalDate dueDate) {
    }

    private record Refusal(String ground, String detail) {
    }

    private record Data(DocumentContext context, Principal applicant, String subjectName, String window,
                        List<Material> materials, List<Shortfall> shortfalls, Refusal refusal) {
    }

    private static final Data DATA = load();
    public static final OffsetDateTime AT = OffsetDateTime.of(2026, 11, 22, 10, 30, 0, 0, ZoneOffset.ofHours(8));
    public static final DocumentContext CONTEXT = DATA.context();
    /** The specimen applicant every sample case is for, unless another name and address are given. */
    public static final Principal APPLICANT = DATA.applicant();
    private static final List<CaseMaterial> MATERIALS = DATA.materials().stream().map(Samples::material).toList();

    private Samples() {
    }

    private static CaseMaterial material(Material m) {
        if (m.provision() == Provision.DEFERRED) {
            return new CaseMaterial(m.id(), m.name(), m.provision(), m.dueDate(), "", false, 0, null, null, null);
        }
        MaterialDigest d = MaterialDigest.of(("%PDF-1.7 specimen " + m.id()).getBytes(StandardCharsets.US_ASCII));
        return new CaseMaterial(m.id(), m.name(), m.provision(), null, m.licence() == null ? "" : m.licence(), true,
                d.sizeBytes(), d.sha256(), d.sm3(), null);
    }

    private static CaseRecord record(CaseDecision decision, String handlingRegion, Principal applicant) {
        CaseStatus status = CaseStatus.after(decision.decision());
        return new CaseRecord("202611220000012", SubjectType.BUNDLE, "YJS-08", DATA.subjectName(), status, applicant, null,
                Map.of(), decision.decision() == Decision.ACCEPT ? MATERIALS : List.of(), decision,
                Channel.WINDOW, DATA.window(), "clerk01", "610000", handlingRegion, AT,
                status == CaseStatus.ACCEPTED ? LocalDate.of(2026, 11, 27) : null,
                List.of(new StatusChange(status, AT, "")));
    }

    /** A case that calls for {@code kind}, with every part of that document filled. */
    public static CaseRecord forKind(DocumentKind kind) {
        return switch (kind) {
            case RECEIPT, COMMITMENT -> record(CaseDecision.accept(), "", APPLICANT);
            case TRANSFER -> record(CaseDecision.accept(), "510000", APPLICANT);
            case NOTIFICATION -> notified(DATA.shortfalls());
            case REFUSAL -> record(CaseDecision.refuse(DATA.refusal().ground(), DATA.refusal().detail()), "", APPLICANT);
        };
    }

    /** The same case for another applicant's name and address: a hall rehearses its hardest names with it. */
    public static CaseRecord forKind(DocumentKind kind, String name, String address) {
        CaseRecord r = forKind(kind);
        Principal a = new Principal(name, APPLICANT.idType(), APPLICANT.idNumber(), APPLICANT.sex(), APPLICANT.nation(),
                APPLICANT.birthDate(), address, APPLICANT.phone());
        return record(r.decision(), r.handlingRegion(), a);
    }

    public static CaseRecord notified(List<Shortfall> shortfalls) {
        return record(CaseDecision.notify(shortfalls), "", APPLICANT);
    }

    private static Data load() {
        try (InputStream in = Samples.class.getResourceAsStream("samples.json")) {
            return JsonMapper.builder().addModule(new JavaTimeModule())
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build().readValue(in, Data.class);
        } catch (IOException e) {
            throw new UncheckedIOException("the specimen data cannot be read", e);
        }
    }
}
