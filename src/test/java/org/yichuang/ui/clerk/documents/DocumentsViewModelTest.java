package org.yichuang.ui.clerk.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yichuang.documents.PdfCaseDocuments;
import org.yichuang.documents.Samples;
import org.yichuang.domain.cases.DocumentKind;
import org.yichuang.ui.common.ErrorMessages;
import org.yichuang.ui.common.I18n;
import org.yichuang.usecase.MakeDocuments.Document;
import org.yichuang.usecase.port.DeviceState;
import org.yichuang.usecase.port.DocumentPrinter;
import org.yichuang.usecase.port.PrintJob;

/** Field case (issue 8, kind 2): a character no font has is named before anything prints, and printing asks twice. */
class DocumentsViewModelTest {
    private final I18n i18n = new I18n(Locale.SIMPLIFIED_CHINESE);
    private final List<String> printed = new ArrayList<>();
    private final List<String> titles = new ArrayList<>();
    private final List<String> canceled = new ArrayList<>();
    private String stuckOn = "";
    private String pausedQueue = "";


    /** A printer that records what it was sent: the queue itself is tested against CUPS elsewhere. */
    private final DocumentPrinter printer = new DocumentPrinter() {
        @Override public List<String> printers() { return List.of("前台", "后台"); }
        @Override public String defaultPrinter() { return "前台"; }
        @Override public PrintJob print(byte[] pdf, String target, String title, int copies, boolean duplex) {
            if (target.equals(stuckOn)) {
                return new PrintJob(target, "7", PrintJob.Stage.STUCK, "job-printing");
            }
            printed.add(target);
            titles.add(title);
            return new PrintJob(target, "8", PrintJob.Stage.COMPLETED, "");
        }
        @Override public boolean offersDuplex(String target) { return false; }
        @Override public DeviceState queue(String target) {
            return target.equals(pausedQueue)
                    ? new DeviceState(DeviceState.Family.PRINTER, target, DeviceState.Condition.FAULT, DeviceState.Reason.QUEUE_PAUSED, "paused")
                    : new DeviceState(DeviceState.Family.PRINTER, target, DeviceState.Condition.READY, DeviceState.Reason.READY, "");
        }
        @Override public boolean cancel(PrintJob job) { return canceled.add(job.id()); }
        @Override public DeviceState state() { return null; }
    };

    private DocumentsViewModel model(Document document) {
        var services = new DocumentsViewModel.Services(new org.yichuang.usecase.PrintDocuments(new PdfCaseDocuments(Optional.empty()), printer),
                new org.yichuang.testing.SameThreadTasks(),
                null, null, i18n, new ErrorMessages(i18n));
        return new DocumentsViewModel(Samples.forKind(DocumentKind.RECEIPT), List.of(document), services);
    }

    @Test
    void documentsWithEveryCharacterPrintAtOnce() {
        DocumentsViewModel m = model(new Document(DocumentKind.RECEIPT, new byte[] {'%'}, Set.of()));
        assertThat(m.glyphWarningProperty().get()).isEmpty();
        m.printSelected();
        assertThat(printed).containsExactly("前台");
    }

    @Test
    void aMissingCharacterIsNamedAndPrintingNeedsASecondPress() {
        DocumentsViewModel m = model(new Document(DocumentKind.RECEIPT, new byte[] {'%'}, Set.of(0x2EBF0)));
        assertThat(m.glyphWarningProperty().get()).contains("U+2EBF0", "\uD87A\uDFF0", "空框", "fonts-hanazono");
        m.printSelected();
        assertThat(printed).isEmpty();
        assertThat(m.messageProperty().get()).contains("再次点击打印");
        m.printSelected();
        assertThat(printed).containsExactly("前台");
    }

    @Test
    void eachJobIsTitledByItsDocumentAndCase() {
        DocumentsViewModel m = model(new Document(DocumentKind.RECEIPT, new byte[] {'%'}, Set.of()));
        m.printAll();
        assertThat(titles).containsExactly("受理回执 " + m.caseNumber());
    }

    @Test
    void aStuckJobIsToldWithdrawnAndTheDocumentsPrintOnAnotherPrinter() {
        stuckOn = "前台";
        DocumentsViewModel m = model(new Document(DocumentKind.RECEIPT, new byte[] {'%'}, Set.of()));
        m.printAll();
        assertThat(printed).isEmpty();
        assertThat(canceled).containsExactly("7");
        assertThat(m.messageProperty().get()).contains("前台", "作业 7", "停在队列中", "换一台打印机", "已从队列中撤下")
                .doesNotContain("已将");
        assertThat(m.documents()).hasSize(1);
        assertThat(m.busyProperty().get()).isFalse();

        m.chosenPrinterProperty().set("后台");
        m.printAll();
        assertThat(printed).containsExactly("后台");
        assertThat(m.messageProperty().get()).contains("已将 1 份文书发送到打印机 后台");
    }

    @Test
    void aPausedQueueIsToldBeforeAnythingIsSent() {
        pausedQueue = "前台";
        DocumentsViewModel m = model(new Document(DocumentKind.RECEIPT, new byte[] {'%'}, Set.of()));
        m.printAll();
        assertThat(printed).isEmpty();
        assertThat(m.messageProperty().get()).contains("前台", "打印队列已暂停", "未发送", "换一台打印机");
    }
}
