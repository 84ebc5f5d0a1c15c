package org.yichuang.platform.embedded;

/** Walks ascending ids, answering for ascending ids whether each is in the list: one step per id on average. */
final class Cursor {
    private final int[] ids;
    private int at;

    Cursor(int[] ids) {
        this.ids = ids;
    }

    /** Whether {@code id} is in the list; each call must ask for an id no smaller than the one before. */
    boolean holds(int id) {
        while (at < ids.length && ids[at] < id) {
            at++;
        }
        return at < ids.length && ids[at] == id;
    }
}
