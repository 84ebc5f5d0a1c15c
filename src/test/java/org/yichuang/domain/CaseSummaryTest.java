package org.yichuang.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.yichuang.documents.Samples;
import org.yichuang.domain.cases.CaseSummary;
import org.yichuang.domain.cases.DocumentKind;

/** Field report (issue 10): My work named no applicant. A list line names them, masked, never in full. */
class CaseSummaryTest {
    @Test
    void aLineNamesTheApplicantMasked() {
        var record = Samples.forKind(DocumentKind.RECEIPT);
        CaseSummary line = record.summary();
        assertThat(line.applicant()).startsWith("李*").contains("**********")
                .doesNotContain(record.applicant().idNumber()).doesNotContain("李梅");
    }

    @Test
    void aLineWithoutItSaysNothing() {
        assertThat(new CaseSummary("202611220000012", "x", null, null, null).applicant()).isEmpty();
    }
}
