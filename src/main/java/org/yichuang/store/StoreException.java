package org.yichuang.store;

/** This workstation's own store failed (disk, database, key file). */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
