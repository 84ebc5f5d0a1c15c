package org.yichuang.ui.clerk.receipt;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.yichuang.ui.clerk.ClerkNavigator;
import org.yichuang.ui.common.DialogService;
import org.yichuang.ui.common.ErrorMessages;
import org.yichuang.ui.common.I18n;
import org.yichuang.ui.common.TaskExecutor;
import org.yichuang.usecase.AcceptCase;
import org.yichuang.usecase.port.CaseDocuments;
import org.yichuang.usecase.port.DocumentPrinter;

/** The accepted case: its number, the receipt previewed, printed on the chosen printer or saved. */
public final class ReceiptViewModel {
    private final AcceptCase.Accepted accepted;
    private final DocumentPrinter printer;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final ClerkNavigator navigator;
    private final I18n i18n;
    private final ErrorMessages errors;
    private final ObservableList<String> printers = FXCollections.observableArrayList();
    private final StringProperty chosenPrinter = new SimpleStringProperty();
    private final IntegerProperty copies = new SimpleIntegerProperty(1);
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<CaseDocuments.PagePixels> preview = new SimpleObjectProperty<>();

    public ReceiptViewModel(AcceptCase.Accepted accepted, CaseDocuments documents, DocumentPrinter printer, TaskExecutor tasks,
                            DialogService dialogs, ClerkNavigator navigator, I18n i18n, ErrorMessages errors) {
        this.accepted = accepted;
        this.printer = printer;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.navigator = navigator;
        this.i18n = i18n;
        this.errors = errors;
        tasks.run(() -> documents.firstPage(accepted.receipt(), 96), preview::set, f -> message.set(errors.of(f)));
        tasks.run(() -> new Printers(printer.printers(), printer.defaultPrinter()), found -> {
            List<String> names = found.names();
            printers.setAll(names);
            chosenPrinter.set(found.preferred() != null ? found.preferred() : names.isEmpty() ? null : names.getFirst());
            if (names.isEmpty()) {
                message.set(i18n.get("receipt.noPrinter"));
            }
        }, f -> message.set(errors.of(f)));
    }

    private record Printers(List<String> names, String preferred) {
    }

    public void print() {
        String target = chosenPrinter.get();
        if (target == null || busy.get()) {
            message.set(i18n.get("receipt.noPrinter"));
            return;
        }
        busy.set(true);
        tasks.run(() -> {
            printer.print(accepted.receipt(), target, copies.get(), false);
            return target;
        }, done -> {
            busy.set(false);
            message.set(i18n.get("receipt.printed", done));
        }, failure -> {
            busy.set(false);
            message.set(i18n.get("receipt.printFailed") + failure.getMessage());
        });
    }

    public void save() {
        dialogs.chooseSaveFile(i18n.get("receipt.save"), "受理回执-" + caseNumber() + ".pdf", "pdf").ifPresent(this::saveTo);
    }

    void saveTo(Path file) {
        tasks.run(() -> Files.write(file, accepted.receipt()), done -> message.set(i18n.get("receipt.saved", done)),
                failure -> message.set(errors.of(failure)));
    }

    public void next() {
        navigator.home();
    }

    public String caseNumber() {
        return accepted.record().caseNumber();
    }

    public String statusText() {
        return i18n.get("caseStatus." + accepted.record().status().name());
    }

    public ObservableList<String> printers() {
        return printers;
    }

    public StringProperty chosenPrinterProperty() {
        return chosenPrinter;
    }

    public IntegerProperty copiesProperty() {
        return copies;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObjectProperty<CaseDocuments.PagePixels> previewProperty() {
        return preview;
    }
}
