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

/** Field case (issue 8, kind 2): a character no font has is named before anything prints, and printing asks twice. */
class DocumentsViewModelTest {
    private final I18n i18n = new I18n(Locale.SIMPLIFIED_CHINESE);
    private final List<String> printed = new ArrayList<>();


    /** A printer that records what it was sent: the queue itself is tested against CUPS elsewhere. */
    private final DocumentPrinter printer = new DocumentPrinter() {
        @Override public List<String> printers() { return List.of("前台"); }
        @Override public String defaultPrinter() { return "前台"; }
        @Override public void print(byte[] pdf, String target, int copies, boolean duplex) { printed.add(target); }
        @Override public boolean offersDuplex(String target) { return false; }
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
}
