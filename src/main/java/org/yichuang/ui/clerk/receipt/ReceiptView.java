package org.yichuang.ui.clerk.receipt;

import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.yichuang.ui.common.I18n;
import org.yichuang.ui.common.Styles;

/** The case number large, the receipt preview, and print / save / next. */
public final class ReceiptView {
    private final BorderPane root = new BorderPane();

    public ReceiptView(ReceiptViewModel model, I18n i18n) {
        Label done = new Label(i18n.get("receipt.accepted"));
        done.getStyleClass().addAll(Styles.TITLE, Styles.SUCCESS);
        Label number = new Label(model.caseNumber());
        number.setId("case-number");
        number.getStyleClass().add(Styles.BIG_NUMBER);
        Label status = new Label(model.statusText());
        ComboBox<String> printers = new ComboBox<>(model.printers());
        printers.setId("printer-choice");
        printers.valueProperty().bindBidirectional(model.chosenPrinterProperty());
        Spinner<Integer> copies = new Spinner<>(1, 9, 1);
        copies.getValueFactory().valueProperty().addListener((obs, was, now) -> model.copiesProperty().set(now));
        Button print = new Button(i18n.get("receipt.print"));
        print.setId("print-receipt");
        print.getStyleClass().add(Styles.ACCENT);
        print.disableProperty().bind(model.busyProperty());
        print.setOnAction(e -> model.print());
        Button save = new Button(i18n.get("receipt.save"));
        save.setId("save-receipt");
        save.setOnAction(e -> model.save());
        Button next = new Button(i18n.get("receipt.next"));
        next.setId("next-applicant");
        next.setOnAction(e -> model.next());
        Label message = new Label();
        message.setId("receipt-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        VBox side = new VBox(10, done, new Label(i18n.get("receipt.caseNumber")), number, status,
                new Label(i18n.get("receipt.printer")), printers, new Label(i18n.get("receipt.copies")), copies,
                print, save, next, message);
        side.setPrefWidth(320);
        side.getStyleClass().add(Styles.CARD);
        root.setLeft(side);
        ImageView page = new ImageView();
        page.setId("receipt-preview");
        model.previewProperty().addListener((obs, was, p) -> {
            WritableImage image = new WritableImage(p.width(), p.height());
            image.getPixelWriter().setPixels(0, 0, p.width(), p.height(), PixelFormat.getIntArgbInstance(), p.argb(), 0, p.width());
            page.setImage(image);
        });
        root.setCenter(new ScrollPane(page));
        root.getStyleClass().add(Styles.SECTION);
    }

    public Parent node() {
        return root;
    }
}
