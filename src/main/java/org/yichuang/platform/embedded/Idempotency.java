package org.yichuang.platform.embedded;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Optional;
import org.yichuang.domain.cases.CaseSubmission;
import org.yichuang.platform.Json;

/**
 * The Idempotency-Key of case creation: a clerk's key names one request, hashed in canonical form, and the case it
 * created. Sending the same request again finds that case; the same key with another request is refused.
 */
final class Idempotency {
    private static final ObjectMapper CANONICAL = Json.mapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private Idempotency() {
    }

    /** The hash a submission is remembered by: its canonical JSON, map entries in key order. */
    static String requestHash(CaseSubmission s) {
        try {
            return sha256(CANONICAL.writeValueAsBytes(s));
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("submission cannot be encoded");
        }
    }

    /** The case created earlier under the clerk's key, if any; a 422 when the key came with another request. */
    static Optional<String> earlierCase(Connection c, String key, String username, String requestHash)
            throws SQLException {
        String earlier;
        try (var q = c.prepareStatement("SELECT request_sha256 || ' ' || case_number FROM idempotency "
                + "WHERE idem_key = ? AND username = ?")) {
            q.setString(1, key);
            q.setString(2, username);
            var rows = q.executeQuery();
            earlier = rows.next() ? rows.getString(1) : null;
        }
        if (earlier == null) {
            return Optional.empty();
        }
        String[] parts = earlier.split(" ");
        if (!parts[0].equals(requestHash)) {
            throw new ApiError(422, "Unprocessable Content", "Idempotency-Key was used with a different request");
        }
        return Optional.of(parts[1]);
    }

    /** Remembers the case a key created, in the transaction that created it. */
    static void remember(Connection c, String key, String username, String requestHash, String caseNumber)
            throws SQLException {
        try (var s = c.prepareStatement("INSERT INTO idempotency VALUES (?, ?, ?, ?)")) {
            s.setString(1, key);
            s.setString(2, username);
            s.setString(3, requestHash);
            s.setString(4, caseNumber);
            s.executeUpdate();
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
