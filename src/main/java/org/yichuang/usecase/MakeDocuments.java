package org.yichuang.usecase;

import java.util.List;
import org.yichuang.domain.catalogue.ServiceItem;
import org.yichuang.domain.cases.CaseRecord;
import org.yichuang.domain.cases.DocumentKind;
import org.yichuang.domain.cases.SubjectType;
import org.yichuang.domain.clerk.Actor;
import org.yichuang.usecase.port.CaseDocuments;
import org.yichuang.usecase.port.CaseDocuments.DocumentContext;
import org.yichuang.usecase.port.ServiceCatalogue;

/** The documents a recorded case calls for (DocumentKind.forRecord), made with its items' guide facts. Blocks. */
public final class MakeDocuments {
    /** One document to preview, print or save, with the characters no installed font could draw (empty boxes). */
    public record Document(DocumentKind kind, byte[] pdf, java.util.Set<Integer> missingGlyphs) {
        public Document {
            missingGlyphs = java.util.Set.copyOf(missingGlyphs);
        }

        public Document(DocumentKind kind, byte[] pdf) {
            this(kind, pdf, java.util.Set.of());
        }
    }

    private final ServiceCatalogue platform;
    private final CaseDocuments documents;

    public MakeDocuments(ServiceCatalogue platform, CaseDocuments documents) {
        this.platform = platform;
        this.documents = documents;
    }

    /** For a case decided earlier (a reprint, or a case sent from the outbox): its items are fetched. */
    public List<Document> of(CaseRecord record, Actor actor) {
        List<ServiceItem> items = record.subjectType() == SubjectType.BUNDLE ? platform.bundle(record.subjectCode()).items()
                : List.of(platform.item(record.subjectCode()));
        return of(record, actor, items);
    }

    public List<Document> of(CaseRecord record, Actor actor, List<ServiceItem> items) {
        ServiceItem lead = items.getFirst();
        List<String> commitments = items.stream().filter(ServiceItem::commitmentBased)
                .flatMap(i -> i.conditions().stream()).distinct().toList();
        DocumentContext context = new DocumentContext(actor.hall(), actor.displayName(), lead.consultPhone(),
                lead.handlingPlace(), commitments);
        return DocumentKind.forRecord(record, !commitments.isEmpty()).stream()
                .map(kind -> {
                    CaseDocuments.Rendered r = documents.render(kind, record, context);
                    return new Document(kind, r.pdf(), r.missingGlyphs());
                }).toList();
    }
}
