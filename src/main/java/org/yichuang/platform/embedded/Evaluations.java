package org.yichuang.platform.embedded;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.yichuang.domain.clerk.Clerk;
import org.yichuang.domain.evaluation.Evaluation;
import org.yichuang.platform.Json;
import org.yichuang.platform.Problem.FieldProblem;

/**
 * Ratings (好差评): one per case, or one more after a bad rating (the citizen may rate again after rectification).
 * The reason is sealed: citizens write names and circumstances into it.
 */
final class Evaluations {
    private static final int MAX_REASON = 500;
    private final PlatformDatabase db;
    private final Sealer sealer;
    private final CaseService cases;
    private final Clock clock;

    Evaluations(PlatformDatabase db, Sealer sealer, CaseService cases, Clock clock) {
        this.db = db;
        this.sealer = sealer;
        this.cases = cases;
        this.clock = clock;
    }

    void record(Evaluation e, Clerk clerk) throws SQLException {
        if (e.rating() == null || e.channel() == null || !e.complete() || e.reason().length() > MAX_REASON) {
            throw new ApiError(422, "Unprocessable Content", "a rating of 1-5 is required; a bad rating (1 or 2) needs "
                    + "at least one indicator and a reason of at most " + MAX_REASON + " characters",
                    List.of(new FieldProblem("reason", "required for a bad rating")));
        }
        cases.get(e.caseNumber()); // 404 for an unknown case
        byte[] detail;
        try {
            detail = sealer.seal(Json.mapper().writeValueAsBytes(Map.of("indicators", e.indicators(), "reason", e.reason())));
        } catch (JsonProcessingException ex) {
            throw ApiError.badRequest("the evaluation cannot be encoded");
        }
        db.transaction(c -> {
            List<String> earlier = Sql.column(c, "SELECT score FROM evaluations WHERE case_number = ? ORDER BY rowid",
                    e.caseNumber());
            boolean mayRateAgain = earlier.isEmpty() || (earlier.size() == 1 && Integer.parseInt(earlier.getFirst()) <= 2);
            if (!mayRateAgain) {
                throw new ApiError(409, "Conflict", "case " + e.caseNumber() + " has been rated already");
            }
            try (var s = c.prepareStatement("INSERT INTO evaluations VALUES (?, ?, ?, ?, ?, ?)")) {
                s.setString(1, e.caseNumber());
                s.setString(2, OffsetDateTime.now(clock).toString());
                s.setInt(3, e.rating().score());
                s.setBytes(4, detail);
                s.setString(5, e.channel().name());
                s.setString(6, clerk == null ? null : clerk.username());
                return s.executeUpdate();
            }
        });
    }

    /** The scores a case received, oldest first (for tests and reports). */
    List<Integer> scoresOf(String caseNumber) throws SQLException {
        return db.read(c -> Sql.column(c, "SELECT score FROM evaluations WHERE case_number = ? ORDER BY rowid",
                caseNumber)).stream().map(Integer::valueOf).toList();
    }
}
