package org.yichuang.platform.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** A database still locked after the busy timeout is answered 503 + Retry-After (transient), any other fault 500. */
class BusyStorageTest {
    @ParameterizedTest
    @CsvSource(textBlock = """
            SQLITE_BUSY,          true
            SQLITE_BUSY_SNAPSHOT, true
            SQLITE_BUSY_RECOVERY, true
            SQLITE_LOCKED,        true
            SQLITE_CONSTRAINT,    false
            SQLITE_CORRUPT,       false
            """)
    void aLockedDatabaseCountsAsBusyWhereverItIsInTheCauses(SQLiteErrorCode code, boolean busy) {
        SQLiteException e = new SQLiteException("[" + code + "]", code);
        assertThat(Router.busy(e)).isEqualTo(busy);
        assertThat(Router.busy(new IllegalStateException("wrapped", e))).isEqualTo(busy);
    }

    @Test
    void aFaultWithoutASqliteCauseIsNotBusy() {
        assertThat(Router.busy(new IllegalStateException("database is locked"))).isFalse();
    }
}
