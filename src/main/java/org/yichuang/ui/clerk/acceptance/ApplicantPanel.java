package org.yichuang.ui.clerk.acceptance;

import java.time.format.DateTimeFormatter;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.yichuang.domain.applicant.CardHolder;
import org.yichuang.ui.common.I18n;
import org.yichuang.ui.common.Styles;

/** The applicant as read from the card, with the read button (F2) and any warning about the card. */
final class ApplicantPanel {
    private static final DateTimeFormatter DAY = org.yichuang.ui.common.Dates.DAY;
    private final VBox root = new VBox(8);
    private final GridPane grid = new GridPane(10, 4);
    private final I18n i18n;

    ApplicantPanel(AcceptanceViewModel model, I18n i18n) {
        this.i18n = i18n;
        Label title = new Label(i18n.get("acceptance.applicant"));
        title.getStyleClass().add(Styles.SUBTITLE);
        Button read = new Button(i18n.get("acceptance.card.read"));
        read.setId("read-card");
        read.setMaxWidth(Double.MAX_VALUE);
        read.disableProperty().bind(model.people().readingProperty());
        read.setOnAction(e -> model.people().readCard());
        Label message = new Label();
        message.setId("card-message");
        message.setWrapText(true);
        message.getStyleClass().add(Styles.WARNING);
        message.textProperty().bind(model.people().cardMessageProperty());
        model.people().applicantProperty().addListener((obs, was, a) -> show(a));
        show(null);
        javafx.scene.image.ImageView photo = new javafx.scene.image.ImageView();
        photo.setId("applicant-photo");
        model.people().photoProperty().addListener((obs, was, p) -> {
            if (p == null) {
                photo.setImage(null);
                return;
            }
            javafx.scene.image.WritableImage image = new javafx.scene.image.WritableImage(p.width(), p.height());
            image.getPixelWriter().setPixels(0, 0, p.width(), p.height(),
                    javafx.scene.image.PixelFormat.getIntArgbInstance(), p.argb(), 0, p.width());
            photo.setImage(image);
        });
        Label photoNote = new Label();
        photoNote.setId("photo-note");
        photoNote.setWrapText(true);
        photoNote.getStyleClass().add(Styles.MUTED);
        photoNote.textProperty().bind(model.people().photoNoteProperty());
        root.getChildren().addAll(title, read, message,
                new PersonChangeBar(model.people(), ApplicantModel.Role.PRINCIPAL, i18n).node(), photo, photoNote, grid,
                manualEntry(model));
        root.getStyleClass().add(Styles.CARD);
    }

    private void show(CardHolder a) {
        grid.getChildren().clear();
        if (a == null) {
            grid.add(new Label(i18n.get("acceptance.card.none")), 0, 0);
            return;
        }
        String[][] rows = {
            {"acceptance.name", a.name()},
            {"acceptance.sexNation", i18n.get("sex." + a.sex().name()) + (a.nation().isEmpty() ? "" : " · " + a.nation())},
            {"acceptance.birthDate", a.birthDate() == null ? "" : DAY.format(a.birthDate())},
            {"acceptance.idNumber", a.idNumber()},
            {"acceptance.address", a.address()},
            {"acceptance.authority", a.authority()},
            {"acceptance.validity", (a.validFrom() == null ? "" : DAY.format(a.validFrom())) + " - "
                    + (a.validUntil() == null ? i18n.get("acceptance.longTerm") : DAY.format(a.validUntil()))},
            {"acceptance.documentType", i18n.get("documentType." + a.documentType().name())}};
        if (a.nationality() != null) { // a foreigner: the English name and nationality beside the Chinese name
            rows = java.util.stream.Stream.concat(java.util.Arrays.stream(rows), java.util.stream.Stream.of(
                    new String[] {"acceptance.englishName", a.englishName()},
                    new String[] {"acceptance.nationality", org.yichuang.domain.applicant.Countries.name(a.nationality(),
                            i18n.locale()) + " (" + a.nationality() + ")"})).toArray(String[][]::new);
        }
        for (int r = 0; r < rows.length; r++) {
            Label key = new Label(i18n.get(rows[r][0]));
            key.getStyleClass().add(Styles.MUTED);
            key.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            Label value = new Label(rows[r][1]);
            value.setWrapText(true);
            value.setId("applicant-" + rows[r][0].substring("acceptance.".length()));
            grid.addRow(r, key, value);
        }
    }

    /** For an applicant without a card: name, number and address, checked like a card. */
    private Node manualEntry(AcceptanceViewModel model) {
        javafx.scene.control.TextField name = new javafx.scene.control.TextField();
        name.setId("manual-name");
        name.setPromptText(i18n.get("acceptance.name"));
        javafx.scene.control.TextField number = new javafx.scene.control.TextField();
        number.setId("manual-id-number");
        number.setPromptText(i18n.get("acceptance.idNumber"));
        javafx.scene.control.TextField address = new javafx.scene.control.TextField();
        address.setId("manual-address");
        address.setPromptText(i18n.get("acceptance.address"));
        Label problems = new Label();
        problems.setId("manual-problems");
        problems.setWrapText(true);
        problems.getStyleClass().add(Styles.DANGER);
        Button take = new Button(i18n.get("acceptance.manual.take"));
        take.setId("manual-take");
        take.setOnAction(e -> problems.setText(String.join("\n",
                model.people().enterManually(name.getText(), number.getText(), address.getText()).stream().map(i18n::get).toList())));
        javafx.scene.control.TitledPane pane = new javafx.scene.control.TitledPane(i18n.get("acceptance.manual.title"),
                new VBox(6, name, number, address, take, problems));
        pane.setExpanded(false);
        pane.setId("manual-entry");
        return pane;
    }

    Node node() {
        return root;
    }
}
