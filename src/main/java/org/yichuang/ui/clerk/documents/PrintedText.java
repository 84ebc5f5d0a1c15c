package org.yichuang.ui.clerk.documents;

import org.yichuang.ui.common.DeviceStateText;
import org.yichuang.ui.common.I18n;
import org.yichuang.usecase.PrintDocuments.Printed;
import org.yichuang.usecase.port.PrintJob;

/** What the clerk reads after pressing print: sent, or why not and what to do (another printer). */
final class PrintedText {
    private PrintedText() {
    }

    static String of(I18n i18n, String printer, Printed p) {
        if (p.queue() != null) {
            return i18n.get("documents.queueNotReady", printer, DeviceStateText.reason(i18n, p.queue()));
        }
        PrintJob job = p.halted();
        if (job == null) {
            return i18n.get("documents.printed", p.sent(), printer);
        }
        String detail = job.detail().isEmpty() ? "-" : job.detail();
        if (job.stage() == PrintJob.Stage.STUCK) {
            return i18n.get("documents.stuck", printer, job.id(), detail, p.sent())
                    + (p.withdrawn() ? i18n.get("documents.stuck.withdrawn") : "");
        }
        return i18n.get("documents.jobFailed", printer, job.id(), detail, p.sent());
    }
}
