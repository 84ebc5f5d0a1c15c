package org.yichuang.documents;

import java.io.IOException;
import org.yichuang.domain.applicant.Masking;
import org.yichuang.domain.cases.CaseMaterial;

/** The documents of an accepted case: the receipt, the commitment letter, the transfer sheet. */
final class AcceptanceLetters {
    private AcceptanceLetters() {
    }

    static void receipt(Letter l, Wording w) throws IOException {
        var r = w.record();
        w.head(l);
        if (r.applicant().phone() != null && !r.applicant().phone().isBlank()) {
            l.row(w.get("row.phone"), Masking.phone(r.applicant().phone()));
        }
        l.row(w.get("row.promisedBy"), r.promisedBy() == null || r.promisedBy().equals(r.acceptedAt().toLocalDate())
                ? w.get("receipt.instant") : w.day(r.promisedBy()));
        l.row(w.get("row.window"), w.context().hall() + " " + (r.window() == null ? "" : r.window()));
        l.row(w.get("row.clerk"), w.context().clerkName());
        l.row(w.get("row.handlingPlace"), w.context().handlingPlace());
        l.row(w.get("row.consultPhone"), w.context().consultPhone());
        l.rule();
        l.text(w.get("receipt.materials"), 12);
        int n = 1;
        for (CaseMaterial m : r.materials()) {
            l.paragraph(w.get("list.material", n++, m.name(), w.provision(m)), 8, 10.5f);
        }
        if (r.materials().isEmpty()) {
            l.paragraph(w.get("receipt.noMaterials"), 8, 10.5f);
        }
        l.gap(8);
        l.paragraph(w.get("receipt.notice"), 0, 10.5f);
        l.closing(w.context().hall() + w.get("seal.acceptance"), w.today());
    }

    static void commitment(Letter l, Wording w) throws IOException {
        var r = w.record();
        w.head(l);
        l.paragraph(w.get("commitment.opening", r.applicant().name(), r.subjectName()), 0, 11);
        int n = 1;
        for (String condition : w.context().commitments()) {
            l.paragraph(n++ + ". " + w.get("commitment.condition", condition), 8, 10.5f);
        }
        for (CaseMaterial m : r.deferred()) {
            l.paragraph(n++ + ". " + w.get("commitment.deferred", m.name(),
                    m.dueDate() == null ? "" : w.day(m.dueDate())), 8, 10.5f);
        }
        l.gap(6);
        l.paragraph(w.get("commitment.truth"), 0, 10.5f);
        l.paragraph(w.get("commitment.breach"), 0, 10.5f);
        l.paragraph(w.get("commitment.copies"), 0, 10.5f);
        l.signatures(w.get("sign.applicant"), w.get("sign.clerk"));
        l.closing(w.context().hall() + w.get("seal.acceptance"), w.today());
    }

    static void transfer(Letter l, Wording w) throws IOException {
        var r = w.record();
        w.head(l);
        l.row(w.get("transfer.accepting"), w.region(r.acceptingRegion()) + " " + w.context().hall());
        l.row(w.get("transfer.handling"), w.region(r.handlingRegion()));
        l.row(w.get("row.clerk"), w.get("row.withNote", w.context().clerkName(),
                r.window() == null ? "" : r.window()));
        l.rule();
        l.text(w.get("transfer.materials", r.materials().size()), 12);
        int n = 1;
        for (CaseMaterial m : r.materials()) {
            l.paragraph(w.get("list.materialWithDigest", n++, m.name(), w.provision(m), Wording.sm3Prefix(m)), 8,
                    10.5f);
        }
        l.gap(6);
        l.paragraph(w.get("transfer.note"), 0, 10.5f);
        l.signatures(w.get("sign.sender"), w.get("sign.receiver"));
    }
}
