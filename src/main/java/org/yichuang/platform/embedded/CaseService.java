package org.yichuang.platform.embedded;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.yichuang.domain.cases.CaseProgress;
import org.yichuang.domain.cases.CaseRecord;
import org.yichuang.domain.cases.CaseStatus;
import org.yichuang.domain.cases.Completion;
import org.yichuang.domain.cases.CaseSummary;
import org.yichuang.domain.cases.StatusChange;
import org.yichuang.domain.clerk.Clerk;
import org.yichuang.domain.clerk.WorkList;

/**
 * Cases as the platform hands them out (one case, its public progress, an applicant's cases, a clerk's work list)
 * and the statuses that advance, by an administrator or as time passes. New cases are {@link CaseIntake}'s, the
 * files of their materials {@link MaterialUploads}'.
 */
final class CaseService {
    private final CaseRepository repo;
    private final Clock clock;
    private final Catalogue catalogue;

    CaseService(CaseRepository repo, Clock clock, Catalogue catalogue) {
        this.repo = repo;
        this.clock = clock;
        this.catalogue = catalogue;
    }

    /** Whether the case may move on from {@code status}: to 办结 only as {@link Completion} allows. */
    boolean mayMoveOn(CaseRecord r, CaseStatus status) {
        return status.next() != CaseStatus.COMPLETED || mayComplete(r);
    }

    boolean mayComplete(CaseRecord r) {
        return Completion.mayComplete(r.materials(), CaseSubjects.of(catalogue, r.subjectType(), r.subjectCode()).items());
    }

    /** Today in the hall's time zone (the platform's clock), whatever the machine's zone: "today" everywhere. */
    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The clerk's cases of a day and their deferred materials still outstanding. */
    WorkList workOf(Clerk clerk, LocalDate day) throws SQLException {
        return repo.db().read(c -> {
            List<CaseSummary> cases = new ArrayList<>();
            for (String number : CaseQueries.casesOfClerk(c, clerk.username(), day)) {
                repo.find(c, number).ifPresent(r -> cases.add(r.summary()));
            }
            return new WorkList(cases, CaseQueries.pendingOf(c, clerk.username()));
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
            for (String number : CaseQueries.caseNumbersOf(c, repo.lookupKey(idNumber))) {
                repo.find(c, number).ifPresent(r -> out.add(r.summary()));
            }
            return out;
        });
    }

    /** Moves a case one status on; completed cases stay as they are (409). */
    CaseRecord advance(String caseNumber, String note) throws SQLException {
        boolean moved = repo.db().transaction(c -> {
            CaseRecord found = repo.find(c, caseNumber).orElseThrow(() -> ApiError.notFound("case " + caseNumber));
            CaseStatus status = found.status();
            if (status.next() == status) {
                return false;
            }
            if (!mayMoveOn(found, status)) {
                throw new ApiError(409, "Conflict", PlatformText.CONFLICT_DEFERRED_OUTSTANDING.text(caseNumber));
            }
            return CaseTimeline.moveOn(c, caseNumber, status, new StatusChange(status.next(), OffsetDateTime.now(clock), note));
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
        List<String> due = repo.db().read(c -> CaseQueries.openSince(c, before));
        int moved = 0;
        for (String number : due) {
            boolean done = repo.db().transaction(c -> {
                var status = CaseQueries.openStatusSince(c, number, before);
                return status.isPresent() && mayMoveOn(repo.find(c, number).orElseThrow(), status.get())
                        && CaseTimeline.moveOn(c, number, status.get(),
                        new StatusChange(status.get().next(), OffsetDateTime.now(clock),
                                PlatformText.NOTE_ADVANCED_BY_CLOCK.text()));
            });
            moved += done ? 1 : 0;
        }
        return moved;
    }
}
