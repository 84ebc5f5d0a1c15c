package org.yichuang.usecase.port;

import java.time.LocalDate;
import org.yichuang.domain.clerk.WorkList;

/** 我的办件 (contract: /clerk/work). */
public interface ClerkWork {
    /** The signed-in clerk's cases decided on a day, and their deferred materials still outstanding. */
    WorkList workOf(LocalDate day);
}
