package org.yichuang.documents;

import java.io.IOException;
import org.yichuang.domain.cases.Shortfall;

/** The letters of a decision other than acceptance: the one-time notification and the refusal notice. */
final class DecisionLetters {
    private DecisionLetters() {
    }

    static void notification(Letter l, Wording w) throws IOException {
        var r = w.record();
        w.head(l);
        l.paragraph(w.get("notification.opening", r.applicant().name(), r.subjectName(), r.decision().shortfalls().size()), 0, 11);
        int n = 1;
        for (Shortfall s : r.decision().shortfalls()) {
            l.paragraph(s.reason().isBlank() ? w.get("list.shortfall", n++, s.subject())
                    : w.get("list.shortfallWithReason", n++, s.subject(), s.reason()), 8, 10.5f);
        }
        l.gap(6);
        l.paragraph(w.get("notification.closing"), 0, 10.5f);
        l.row(w.get("row.handlingPlace"), w.context().handlingPlace());
        l.row(w.get("row.consultPhone"), w.context().consultPhone());
        l.row(w.get("row.clerk"), w.context().clerkName());
        l.closing(w.context().hall() + w.get("seal.acceptance"), w.today());
    }

    static void refusal(Letter l, Wording w) throws IOException {
        var r = w.record();
        w.head(l);
        l.paragraph(w.get("refusal.opening", r.applicant().name(), r.subjectName()), 0, 11);
        l.row(w.get("refusal.ground"), r.decision().ground());
        if (!r.decision().detail().isBlank()) {
            l.row(w.get("refusal.detail"), r.decision().detail());
        }
        l.gap(6);
        l.paragraph(w.get("refusal.remedy"), 0, 10.5f);
        l.row(w.get("row.consultPhone"), w.context().consultPhone());
        l.row(w.get("row.clerk"), w.context().clerkName());
        l.closing(w.context().hall() + w.get("seal.acceptance"), w.today());
    }
}
