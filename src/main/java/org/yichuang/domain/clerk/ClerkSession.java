package org.yichuang.domain.clerk;

import java.time.OffsetDateTime;

/** The platform's answer to a sign-in: a bearer token and who it belongs to. */
public record ClerkSession(String token, OffsetDateTime expiresAt, Clerk clerk) {
    @Override
    public String toString() {
        return "ClerkSession[" + clerk.username() + ", until " + expiresAt + "]";
    }
}
