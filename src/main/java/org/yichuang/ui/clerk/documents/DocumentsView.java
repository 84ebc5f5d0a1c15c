package org.yichuang.ui.clerk.documents;

import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.yichuang.ui.common.I18n;
import org.yichuang.ui.common.Styles;
import org.yichuang.usecase.MakeDocuments.Document;

/** The case number large, the list of documents, the selected one previewed, and print / save / rate / next. */
public final class DocumentsView {
    private final BorderPane root = new BorderPane();

    public DocumentsView(DocumentsViewModel model, I18n i18n) {
        Label done = new Label(model.headline());
        done.getStyleClass().addAll(Styles.TITLE, Styles.SUCCESS);
        Label number = new Label(model.caseNumber());
        number.setId("case-number");
        number.getStyleClass().add(Styles.BIG_NUMBER);
        Label status = new Label(model.statusText());
        ListView<Document> list = new ListView<>();
        list.setId("document-list");
        list.getItems().setAll(model.documents());
        list.setPrefHeight(Math.min(5, model.documents().size()) * 30 + 4);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Document d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? null : model.title(d));
            }
        });
        list.getSelectionModel().select(model.selectedProperty().get());
        list.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> model.selectedProperty().set(now));
        ComboBox<String> printers = new ComboBox<>(model.printers());
        printers.setId("printer-choice");
        printers.valueProperty().bindBidirectional(model.chosenPrinterProperty());
        Spinner<Integer> copies = new Spinner<>(1, 9, 1);
        copies.getValueFactory().valueProperty().addListener((obs, was, now) -> model.copiesProperty().set(now));
        CheckBox duplex = new CheckBox(i18n.get("documents.duplex"));
        duplex.setId("duplex");
        duplex.selectedProperty().bindBidirectional(model.duplexProperty());
        duplex.disableProperty().bind(model.duplexOfferedProperty().not());
        Button printAll = button(i18n.get("documents.printAll"), "print-all", model::printAll);
        printAll.getStyleClass().add(Styles.ACCENT);
        printAll.disableProperty().bind(model.busyProperty());
        Button print = button(i18n.get("documents.print"), "print-selected", model::printSelected);
        print.disableProperty().bind(model.busyProperty());
        Button save = button(i18n.get("documents.save"), "save-document", model::save);
        Button evaluate = button(i18n.get("documents.evaluate"), "evaluate", model::evaluate);
        evaluate.getStyleClass().add(Styles.ACCENT);
        evaluate.setVisible(model.rateable());
        evaluate.setManaged(model.rateable());
        Button next = button(i18n.get("documents.next"), "next-applicant", model::next);
        Label message = new Label();
        message.setId("documents-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        Label glyphs = new Label();
        glyphs.setId("documents-glyph-warning");
        glyphs.setWrapText(true);
        glyphs.getStyleClass().add(Styles.DANGER);
        glyphs.textProperty().bind(model.glyphWarningProperty());
        glyphs.managedProperty().bind(glyphs.textProperty().isNotEmpty());
        VBox side = new VBox(8, done, new Label(i18n.get("documents.caseNumber")), number, status, glyphs, list,
                new Label(i18n.get("documents.printer")), printers, new HBox(10, new Label(i18n.get("documents.copies")), copies),
                duplex, new HBox(8, printAll, print), save, evaluate, next, message);
        side.setPrefWidth(330);
        side.getStyleClass().add(Styles.CARD);
        root.setLeft(new ScrollPane(side));
        ImageView page = new ImageView();
        page.setId("document-preview");
        ScrollPane pageScroll = new ScrollPane(page);
        pageScroll.setId("document-preview-scroll");
        model.previewProperty().addListener((obs, was, p) -> {
            if (p == null) {
                page.setImage(null);
                return;
            }
            WritableImage image = new WritableImage(p.width(), p.height());
            image.getPixelWriter().setPixels(0, 0, p.width(), p.height(), PixelFormat.getIntArgbInstance(), p.argb(), 0, p.width());
            page.setImage(image);
            pageScroll.setVvalue(pageScroll.getVmin()); // each document is read from its top
            pageScroll.setHvalue(pageScroll.getHmin());
        });
        root.setCenter(pageScroll);
        root.getStyleClass().add(Styles.SECTION);
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    public Parent node() {
        return root;
    }
}
