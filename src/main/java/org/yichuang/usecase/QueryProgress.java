package org.yichuang.usecase;

import org.yichuang.domain.cases.CaseNumbers;
import org.yichuang.domain.cases.CaseProgress;
import org.yichuang.usecase.port.CaseRecords;

/** Anyone with a case number follows its progress; the number's check digit catches typing slips first. Blocks. */
public final class QueryProgress {
    /** The number typed is not a case number: wrong length or a wrong check digit. */
    public static final class NotACaseNumber extends RuntimeException {
        public NotACaseNumber(String typed) {
            super("not a case number: " + typed.length() + " digits");
        }
    }

    private final CaseRecords platform;

    public QueryProgress(CaseRecords platform) {
        this.platform = platform;
    }

    public CaseProgress query(String typed) {
        String number = typed == null ? "" : typed.strip();
        if (!CaseNumbers.isValid(number)) {
            throw new NotACaseNumber(number);
        }
        return platform.progress(number);
    }
}
