package org.yichuang.domain.clerk;

/** A clerk signed in at a window of a hall. */
public record Clerk(String username, String displayName, String hall, String window) {
}
