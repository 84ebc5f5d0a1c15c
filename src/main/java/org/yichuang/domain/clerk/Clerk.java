package org.yichuang.domain.clerk;

/** A clerk signed in at a window of a hall; {@code region} is the hall's province-level region code. */
public record Clerk(String username, String displayName, String hall, String window, String region) {
}
