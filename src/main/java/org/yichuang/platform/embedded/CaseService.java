package org.yichuang.platform.embedded;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.yichuang.domain.catalogue.BundleGuide;
import org.yichuang.domain.catalogue.CaseKind;
import org.yichuang.domain.catalogue.ServiceItem;
import org.yichuang.domain.cases.CaseMaterial;
import org.yichuang.domain.cases.CaseNumbers;
import org.yichuang.domain.cases.CaseProgress;
import org.yichuang.domain.cases.CaseRecord;
import org.yichuang.domain.cases.CaseStatus;
import org.yichuang.domain.cases.Decision;
import org.yichuang.domain.cases.MaterialDigest;
import org.yichuang.domain.cases.Provision;
import org.yichuang.domain.cases.CaseSubmission;
import org.yichuang.domain.cases.CaseSummary;
import org.yichuang.domain.cases.StatusChange;
import org.yichuang.domain.cases.SubjectType;
import org.yichuang.domain.clerk.Clerk;
import org.yichuang.platform.Json;

/** The platform's case rules: validation, numbering, idempotent creation, and statuses that advance. */
final class CaseService {
    private record Subject(String name, List<ServiceItem> items, CaseKind caseKind, int promisedDays) {
    }

    record Created(CaseRecord record, boolean replay) {
    }

    private final Catalogue catalogue;
    private final CaseRepository repo;
    private final Clock clock;
    private final ObjectMapper canonical = Json.mapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    CaseService(Catalogue catalogue, CaseRepository repo, Clock clock) {
        this.catalogue = catalogue;
        this.repo = repo;
        this.clock = clock;
    }

    Created create(Clerk clerk, String key, CaseSubmission sent) throws SQLException {
        if (sent.clerk() != null && !sent.clerk().equals(clerk.username())) {
            throw new ApiError(403, "Forbidden", "a clerk records their own decisions only");
        }
        Subject subject = subject(sent);
        CaseSubmission submission = CanonicalSubmission.of(sent, subject.items()); // one stored form, whoever typed it
        var problems = SubmissionValidator.problems(submission, subject.items(), LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw new ApiError(422, "Unprocessable Content", "the submission has " + problems.size() + " problem(s)", problems);
        }
        String requestHash = hash(submission);
        return repo.db().transaction(c -> {
            String earlier = null;
            try (var q = c.prepareStatement("SELECT request_sha256 || ' ' || case_number FROM idempotency "
                    + "WHERE idem_key = ? AND username = ?")) {
                q.setString(1, key);
                q.setString(2, clerk.username());
                var rows = q.executeQuery();
                earlier = rows.next() ? rows.getString(1) : null;
            }
            if (earlier != null) {
                String[] parts = earlier.split(" ");
                if (!parts[0].equals(requestHash)) {
                    throw new ApiError(422, "Unprocessable Content", "Idempotency-Key was used with a different request");
                }
                return new Created(repo.find(c, parts[1]).orElseThrow(), true);
            }
            OffsetDateTime now = decidedAt(submission);
            int seq = repo.nextSequence(c, now.toLocalDate());
            CaseRecord record = newRecord(CaseNumbers.of(now.toLocalDate(), seq), clerk, submission, subject, now);
            repo.insert(c, record, seq, subject.caseKind().name());
            try (var s = c.prepareStatement("INSERT INTO idempotency VALUES (?, ?, ?, ?)")) {
                s.setString(1, key);
                s.setString(2, clerk.username());
                s.setString(3, requestHash);
                s.setString(4, record.caseNumber());
                s.executeUpdate();
            }
            return new Created(record, false);
        });
    }

    /** When the window decided: a case sent later from an outbox keeps its time, if it is plausible. */
    private OffsetDateTime decidedAt(CaseSubmission s) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime at = s.decidedAt();
        return at == null || at.isAfter(now) || at.isBefore(now.minusDays(30)) ? now : at.atZoneSameInstant(clock.getZone()).toOffsetDateTime();
    }

    /** The clerk's cases of a day and their deferred materials still outstanding. */
    org.yichuang.domain.clerk.WorkList workOf(Clerk clerk, LocalDate day) throws SQLException {
        return repo.db().read(c -> {
            List<CaseSummary> cases = new ArrayList<>();
            for (String number : repo.casesOfClerk(c, clerk.username(), day)) {
                repo.find(c, number).ifPresent(r -> cases.add(r.summary()));
            }
            return new org.yichuang.domain.clerk.WorkList(cases, repo.pendingOf(c, clerk.username()));
        });
    }

    CaseRecord get(String caseNumber) throws SQLException {
        return repo.db().read(c -> repo.find(c, caseNumber)).orElseThrow(() -> ApiError.notFound("case " + caseNumber));
    }

    CaseProgress progress(String caseNumber) throws SQLException {
        CaseRecord r = get(caseNumber);
        String masked = repo.db().read(c -> repo.maskedName(c, caseNumber));
        return new CaseProgress(r.caseNumber(), r.subjectName(), r.status(), masked, r.acceptedAt(), r.promisedBy(),
                r.timeline());
    }

    List<CaseSummary> casesOf(String idNumber) throws SQLException {
        return repo.db().read(c -> {
            List<CaseSummary> out = new ArrayList<>();
            for (String number : repo.caseNumbersOf(c, repo.lookupKey(idNumber))) {
                repo.find(c, number).ifPresent(r -> out.add(r.summary()));
            }
            return out;
        });
    }

    /**
     * Stores a material's file after checking it against what the window declared. A deferred material has no
     * declared digest: its file supplies it (补齐容缺材料), which the timeline records.
     */
    CaseMaterial upload(String caseNumber, String materialId, byte[] pdf) throws SQLException {
        CaseRecord record = get(caseNumber);
        CaseMaterial declared = record.materials().stream().filter(m -> m.materialId().equals(materialId)).findFirst()
                .orElseThrow(() -> ApiError.notFound("material " + materialId + " of case " + caseNumber));
        MaterialDigest actual = MaterialDigest.of(pdf);
        boolean deferred = declared.provision() == Provision.DEFERRED;
        if (!deferred && !(actual.sha256().equals(declared.sha256()) && actual.sm3().equals(declared.sm3()))) {
            throw new ApiError(422, "Unprocessable Content", "the file of " + materialId
                    + " does not match the SHA-256 and SM3 digests declared on submission");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        repo.db().transaction(c -> {
            // whether it was supplied already is read again under the write lock: another process may just have
            boolean first = deferred && repo.find(c, caseNumber).orElseThrow().materials().stream()
                    .anyMatch(m -> m.materialId().equals(materialId) && m.suppliedAt() == null);
            repo.storeMaterial(c, caseNumber, materialId, pdf, actual.sha256(), deferred ? now : null);
            if (first) {
                repo.addEvent(c, caseNumber, new StatusChange(record.status(), now, "补齐容缺材料：" + declared.name()));
            }
            return null;
        });
        return get(caseNumber).materials().stream().filter(m -> m.materialId().equals(materialId)).findFirst().orElseThrow();
    }

    /** Moves a case one status on; completed cases stay as they are (409). */
    CaseRecord advance(String caseNumber, String note) throws SQLException {
        boolean moved = repo.db().transaction(c -> {
            CaseStatus status = repo.find(c, caseNumber).orElseThrow(() -> ApiError.notFound("case " + caseNumber)).status();
            if (status.next() == status) {
                return false;
            }
            return repo.moveOn(c, caseNumber, status, new StatusChange(status.next(), OffsetDateTime.now(clock), note));
        });
        CaseRecord r = get(caseNumber);
        if (!moved) {
            throw new ApiError(409, "Conflict", "case " + caseNumber + " is closed (" + r.status() + ")");
        }
        return r;
    }

    /**
     * Advances every promised case whose status is older than {@code step}; returns how many moved. Each case is
     * checked again inside its write transaction: another process on the same data may have moved it already.
     */
    int advanceDue(Duration step) throws SQLException {
        OffsetDateTime before = OffsetDateTime.now(clock).minus(step);
        List<String> due = repo.db().read(c -> repo.openSince(c, before));
        int moved = 0;
        for (String number : due) {
            boolean done = repo.db().transaction(c -> {
                var status = repo.openStatusSince(c, number, before);
                return status.isPresent() && repo.moveOn(c, number, status.get(),
                        new StatusChange(status.get().next(), OffsetDateTime.now(clock), "自动流转"));
            });
            moved += done ? 1 : 0;
        }
        return moved;
    }

    private static final java.util.Map<Decision, String> DECIDED = java.util.Map.of(Decision.ACCEPT, "已受理",
            Decision.NOTIFY, "一次性告知：材料不齐或需补正", Decision.REFUSE, "不予受理");

    private CaseRecord newRecord(String number, Clerk clerk, CaseSubmission s, Subject subject, OffsetDateTime now) {
        Decision decision = s.decision().decision();
        List<StatusChange> timeline = new ArrayList<>(List.of(new StatusChange(CaseStatus.after(decision), now,
                DECIDED.get(decision))));
        if (decision == Decision.ACCEPT && subject.caseKind() == CaseKind.INSTANT) {
            timeline.add(new StatusChange(CaseStatus.COMPLETED, now, "即办件，当场办结"));
        }
        List<CaseMaterial> materials = s.materials().stream().map(m -> new CaseMaterial(m.materialId(), m.name(),
                m.provision(), m.dueDate(), m.licenceNumber(), false, m.digest() == null ? 0 : m.digest().sizeBytes(),
                m.digest() == null ? null : m.digest().sha256(), m.digest() == null ? null : m.digest().sm3(), null)).toList();
        return new CaseRecord(number, s.subjectType(), s.subjectCode(), subject.name(), timeline.getLast().status(),
                s.applicant(), s.agent(), s.formData(), materials, s.decision(), s.channel(), s.window(), clerk.username(),
                clerk.region(), s.handlingRegion(), now,
                decision == Decision.ACCEPT ? addWorkingDays(now.toLocalDate(), subject.promisedDays()) : null, timeline);
    }

    private Subject subject(CaseSubmission s) {
        if (s.subjectType() == SubjectType.ITEM) {
            ServiceItem item = catalogue.item(nullSafe(s.subjectCode())).orElseThrow(() -> unknownSubject(s));
            return new Subject(item.name(), List.of(item), item.caseKind(), item.promisedLimitDays());
        }
        if (s.subjectType() == SubjectType.BUNDLE) {
            BundleGuide b = catalogue.bundle(nullSafe(s.subjectCode())).orElseThrow(() -> unknownSubject(s));
            boolean instant = b.items().stream().allMatch(i -> i.caseKind() == CaseKind.INSTANT);
            return new Subject(b.name(), b.items(), instant ? CaseKind.INSTANT : CaseKind.PROMISE,
                    instant ? 0 : b.promisedLimitDays());
        }
        throw new ApiError(422, "Unprocessable Content", "subjectType must be ITEM or BUNDLE");
    }

    private static ApiError unknownSubject(CaseSubmission s) {
        return new ApiError(422, "Unprocessable Content", "no " + s.subjectType() + " with code " + s.subjectCode(),
                List.of(new org.yichuang.platform.Problem.FieldProblem("subjectCode", "unknown")));
    }

    static LocalDate addWorkingDays(LocalDate from, int days) {
        LocalDate day = from;
        for (int left = days; left > 0; ) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return day;
    }

    private String hash(CaseSubmission s) {
        try {
            return sha256(canonical.writeValueAsBytes(s));
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("submission cannot be encoded");
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String nullSafe(String s) {
        return Optional.ofNullable(s).orElse("");
    }
}
