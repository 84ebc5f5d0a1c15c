package org.yichuang.documents;

import java.util.List;
import org.yichuang.domain.cases.CaseRecord;
import org.yichuang.domain.cases.DocumentKind;
import org.yichuang.domain.cases.Shortfall;
import org.yichuang.usecase.port.CaseDocuments.DocumentContext;

/** The specimen cases of {@link Samples}, as the document tests name them. */
public final class SampleCase {
    public static final CaseRecord RECORD = Samples.forKind(DocumentKind.RECEIPT);
    public static final DocumentContext CONTEXT = Samples.CONTEXT;

    private SampleCase() {
    }

    public static CaseRecord forKind(DocumentKind kind) {
        return Samples.forKind(kind);
    }

    public static CaseRecord notified(List<Shortfall> shortfalls) {
        return Samples.notified(shortfalls);
    }
}
