package org.yichuang.ui.clerk.home;

import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;
import org.yichuang.domain.cases.SubjectType;
import org.yichuang.ui.clerk.CatalogueHit;
import org.yichuang.ui.common.I18n;
import org.yichuang.ui.common.Styles;

/** The search field and the result list; Down moves into the list, Enter opens the guide. */
public final class HomeView {
    private final VBox root = new VBox(10);

    public HomeView(HomeViewModel model, I18n i18n) {
        Label title = new Label(i18n.get("home.title"));
        title.getStyleClass().add(Styles.TITLE);
        TextField search = TextFields.createClearableTextField();
        search.setId("catalogue-search");
        search.setPromptText(i18n.get("home.prompt"));
        search.textProperty().bindBidirectional(model.queryProperty());
        ListView<CatalogueHit> list = new ListView<>(model.hits());
        list.setId("catalogue-results");
        list.setCellFactory(v -> new HitCell(i18n));
        VBox.setVgrow(list, Priority.ALWAYS);
        Label summary = new Label();
        summary.getStyleClass().add(Styles.MUTED);
        summary.textProperty().bind(model.summaryProperty());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !list.getItems().isEmpty()) {
                list.requestFocus();
                list.getSelectionModel().selectFirst();
            } else if (e.getCode() == KeyCode.ENTER && !list.getItems().isEmpty()) {
                model.open(list.getItems().getFirst());
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.open(list.getSelectionModel().getSelectedItem());
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                model.open(list.getSelectionModel().getSelectedItem());
            }
        });
        root.getChildren().addAll(title, search, summary, list);
        root.getStyleClass().add(Styles.SECTION);
        Platform.runLater(search::requestFocus);
        model.refresh();
    }

    public Parent node() {
        return root;
    }

    private static final class HitCell extends ListCell<CatalogueHit> {
        private final I18n i18n;

        HitCell(I18n i18n) {
            this.i18n = i18n;
        }

        @Override
        protected void updateItem(CatalogueHit hit, boolean empty) {
            super.updateItem(hit, empty);
            if (empty || hit == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label tag = new Label(i18n.get(hit.type() == SubjectType.BUNDLE ? "home.tag.bundle" : "home.tag.item"));
            tag.getStyleClass().addAll("tag", hit.type() == SubjectType.BUNDLE ? Styles.ACCENT : Styles.MUTED);
            Label name = new Label(hit.name());
            name.getStyleClass().add("hit-name");
            Label detail = new Label(hit.detail());
            detail.getStyleClass().add(Styles.MUTED);
            javafx.scene.layout.HBox line = new javafx.scene.layout.HBox(8, tag, name);
            setGraphic(new VBox(2, line, detail));
            setText(null);
        }
    }
}
