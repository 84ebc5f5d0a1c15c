package org.yichuang.ui.clerk.documents;

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
import org.yichuang.domain.cases.CaseRecord;
import org.yichuang.ui.clerk.ClerkNavigator;
import org.yichuang.ui.common.DialogService;
import org.yichuang.ui.common.ErrorMessages;
import org.yichuang.ui.common.I18n;
import org.yichuang.ui.common.TaskExecutor;
import org.yichuang.usecase.MakeDocuments.Document;
import org.yichuang.usecase.PrintDocuments;
import org.yichuang.usecase.port.CaseDocuments;

/** A decided case: its number, each of its documents previewed, printed (copies, duplex where offered) or saved. */
public final class DocumentsViewModel {
    /** What the documents screen needs, wired once by the composition root. */
    public record Services(PrintDocuments printing, TaskExecutor tasks, DialogService dialogs,
                           ClerkNavigator navigator, I18n i18n, ErrorMessages errors) {
    }

    private final CaseRecord record;
    private final List<Document> documents;
    private final Services s;
    private final ObservableList<String> printers = FXCollections.observableArrayList();
    private final StringProperty chosenPrinter = new SimpleStringProperty();
    private final IntegerProperty copies = new SimpleIntegerProperty(1);
    private final BooleanProperty duplex = new SimpleBooleanProperty();
    private final BooleanProperty duplexOffered = new SimpleBooleanProperty();
    private final ObjectProperty<Document> selected = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<CaseDocuments.PagePixels> preview = new SimpleObjectProperty<>();
    private final StringProperty glyphWarning = new SimpleStringProperty("");
    private boolean glyphWarningSeen;
    private final boolean rateable;

    public DocumentsViewModel(CaseRecord record, List<Document> documents, Services services) {
        this(record, documents, services, true);
    }

    /** {@code rateable}: false once the applicant rated this case (好差评 is one rating per case). */
    public DocumentsViewModel(CaseRecord record, List<Document> documents, Services services, boolean rateable) {
        this.rateable = rateable;
        this.record = record;
        this.documents = List.copyOf(documents);
        this.s = services;
        selected.addListener((obs, was, now) -> {
            if (now != null) {
                s.tasks().run(() -> s.printing().preview(now, 96), preview::set, f -> message.set(s.errors().of(f)));
            }
        });
        chosenPrinter.addListener((obs, was, now) -> {
            duplexOffered.set(false);
            if (now != null) {
                s.tasks().run(() -> s.printing().offersDuplex(now), duplexOffered::set, f -> duplexOffered.set(false));
            }
        });
        selected.set(documents.isEmpty() ? null : documents.getFirst());
        glyphWarning.set(MissingGlyphs.warning(this.documents, s.i18n()));
        s.tasks().run(() -> s.printing().printers(), found -> {
            printers.setAll(found.names());
            chosenPrinter.set(found.preferred());
            if (found.names().isEmpty()) {
                message.set(s.i18n().get("documents.noPrinter"));
            }
        }, f -> message.set(s.errors().of(f)));
    }

    public void printSelected() {
        print(selected.get() == null ? List.of() : List.of(selected.get()));
    }

    public void printAll() {
        print(documents);
    }

    private void print(List<Document> which) {
        String target = chosenPrinter.get();
        if (target == null) {
            message.set(s.i18n().get("documents.noPrinter"));
            return;
        }
        if (busy.get() || which.isEmpty()) {
            return;
        }
        if (!glyphWarning.get().isEmpty() && !glyphWarningSeen) { // the first press says what will print as a box
            glyphWarningSeen = true;
            message.set(s.i18n().get("documents.glyphs.confirm"));
            return;
        }
        busy.set(true);
        boolean twoSided = duplex.get() && duplexOffered.get();
        int n = copies.get();
        s.tasks().run(() -> s.printing().print(which, target, n, twoSided, record.caseNumber(),
                kind -> s.i18n().get("documentKind." + kind.name())), printed -> {
            busy.set(false);
            message.set(PrintedText.of(s.i18n(), target, printed));
        }, failure -> {
            busy.set(false);
            message.set(s.i18n().get("documents.printFailed") + failure.getMessage());
        });
    }

    public void save() {
        Document d = selected.get();
        if (d != null) {
            s.dialogs().chooseSaveFile(s.i18n().get("documents.save"), fileName(d), "pdf").ifPresent(f -> saveTo(d, f));
        }
    }

    String fileName(Document d) {
        return s.i18n().get("documentKind." + d.kind().name()) + "-" + record.caseNumber() + ".pdf";
    }

    void saveTo(Document d, Path file) {
        s.tasks().run(() -> Files.write(file, d.pdf()), done -> message.set(s.i18n().get("documents.saved", done)),
                failure -> message.set(s.errors().of(failure)));
    }

    /** Whether the applicant may still rate this case; a rated case offers no second rating. */
    public boolean rateable() {
        return rateable;
    }

    /** The applicant rates the service (好差评) before the next one is called. */
    public void evaluate() {
        s.navigator().evaluation(record);
    }

    public void next() {
        s.navigator().home();
    }

    public String title(Document d) {
        return s.i18n().get("documentKind." + d.kind().name());
    }

    public String headline() {
        return s.i18n().get("documents.decided." + record.decision().decision().name());
    }

    public String caseNumber() {
        return record.caseNumber();
    }

    public String statusText() {
        return s.i18n().get("caseStatus." + record.status().name());
    }

    public List<Document> documents() {
        return documents;
    }

    public ObjectProperty<Document> selectedProperty() {
        return selected;
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

    public BooleanProperty duplexProperty() {
        return duplex;
    }

    public BooleanProperty duplexOfferedProperty() {
        return duplexOffered;
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** Which characters print as empty boxes because no installed font has them; empty when none. */
    public StringProperty glyphWarningProperty() {
        return glyphWarning;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObjectProperty<CaseDocuments.PagePixels> previewProperty() {
        return preview;
    }
}
