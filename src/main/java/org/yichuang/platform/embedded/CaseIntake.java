package org.yichuang.platform.embedded;

import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yichuang.domain.catalogue.CaseKind;
import org.yichuang.domain.catalogue.ServiceItem;
import org.yichuang.domain.cases.CaseMaterial;
import org.yichuang.domain.cases.CaseNumbers;
import org.yichuang.domain.cases.CaseRecord;
import org.yichuang.domain.cases.CaseStatus;
import org.yichuang.domain.cases.Completion;
import org.yichuang.domain.cases.CaseSubmission;
import org.yichuang.domain.cases.Decision;
import org.yichuang.domain.cases.StatusChange;
import org.yichuang.domain.clerk.Clerk;

/**
 * A window's decision recorded as a new case: the submission validated against the items it names, numbered within
 * its day, created once per Idempotency-Key ({@link Idempotency}), with its first timeline and promised date.
 */
final class CaseIntake {

    record Created(CaseRecord record, boolean replay) {
    }

    private final Catalogue catalogue;
    private final CaseRepository repo;
    private final Clock clock;
    private final People people;

    CaseIntake(Catalogue catalogue, CaseRepository repo, Clock clock, People people) {
        this.catalogue = catalogue;
        this.repo = repo;
        this.clock = clock;
        this.people = people;
    }

    Created create(Clerk clerk, String key, CaseSubmission sent) throws SQLException {
        if (sent.clerk() != null && !sent.clerk().equals(clerk.username())) {
            throw new ApiError(403, "Forbidden", "a clerk records their own decisions only");
        }
        CaseSubjects.Subject subject = subject(sent);
        CaseSubmission submission = CanonicalSubmission.of(sent, subject.items()); // one stored form, whoever typed it
        var problems = SubmissionValidator.problems(submission, subject.items(), LocalDate.now(clock));
        OnePerson.check(submission, subject.items(), people::licences, problems);
        if (!problems.isEmpty()) {
            throw new ApiError(422, "Unprocessable Content", "the submission has " + problems.size() + " problem(s)", problems);
        }
        String requestHash = Idempotency.requestHash(submission);
        return repo.db().transaction(c -> {
            Optional<String> earlier = Idempotency.earlierCase(c, key, clerk.username(), requestHash);
            if (earlier.isPresent()) {
                return new Created(repo.find(c, earlier.get()).orElseThrow(), true);
            }
            OffsetDateTime now = decidedAt(submission);
            int seq = repo.nextSequence(c, now.toLocalDate());
            CaseRecord record = newRecord(CaseNumbers.of(now.toLocalDate(), seq), clerk, submission, subject, now);
            repo.insert(c, record, seq, subject.caseKind().name());
            Idempotency.remember(c, key, clerk.username(), requestHash, record.caseNumber());
            return new Created(record, false);
        });
    }

    /** When the window decided: a case sent later from an outbox keeps its time, if it is plausible. */
    private OffsetDateTime decidedAt(CaseSubmission s) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime at = s.decidedAt();
        return at == null || at.isAfter(now) || at.isBefore(now.minusDays(30)) ? now : at.atZoneSameInstant(clock.getZone()).toOffsetDateTime();
    }

    private CaseRecord newRecord(String number, Clerk clerk, CaseSubmission s, CaseSubjects.Subject subject,
                                OffsetDateTime now) {
        Decision decision = s.decision().decision();
        List<StatusChange> timeline = new ArrayList<>(List.of(new StatusChange(CaseStatus.after(decision), now,
                decided(decision))));
        List<CaseMaterial> materials = s.materials().stream().map(m -> new CaseMaterial(m.materialId(), m.name(),
                m.provision(), m.dueDate(), m.licenceNumber(), false, m.digest() == null ? 0 : m.digest().sizeBytes(),
                m.digest() == null ? null : m.digest().sha256(), m.digest() == null ? null : m.digest().sm3(), null)).toList();
        if (decision == Decision.ACCEPT && subject.caseKind() == CaseKind.INSTANT) { // 即办件, unless 容缺 holds it
            timeline.add(Completion.mayComplete(materials, subject.items())
                    ? new StatusChange(CaseStatus.COMPLETED, now, PlatformText.NOTE_COMPLETED_AT_ONCE.text())
                    : new StatusChange(CaseStatus.ACCEPTED, now, PlatformText.NOTE_WAITING_FOR_DEFERRED.text()));
        }
        return new CaseRecord(number, s.subjectType(), s.subjectCode(), subject.name(), timeline.getLast().status(),
                s.applicant(), s.agent(), s.formData(), materials, s.decision(), s.channel(), s.window(), clerk.username(),
                clerk.region(), s.handlingRegion(), now,
                decision == Decision.ACCEPT ? addWorkingDays(now.toLocalDate(), subject.promisedDays()) : null, timeline);
    }

    /** The timeline's first note: what the window decided. */
    private static String decided(Decision decision) {
        return switch (decision) {
            case ACCEPT -> PlatformText.NOTE_ACCEPTED.text();
            case NOTIFY -> PlatformText.NOTE_NOTIFIED.text();
            case REFUSE -> PlatformText.NOTE_REFUSED.text();
        };
    }

    private CaseSubjects.Subject subject(CaseSubmission s) {
        return CaseSubjects.of(catalogue, s.subjectType(), s.subjectCode());
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
}
