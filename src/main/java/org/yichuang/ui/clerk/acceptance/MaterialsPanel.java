package org.yichuang.ui.clerk.acceptance;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.yichuang.domain.licence.ElectronicLicence;
import org.yichuang.ui.common.I18n;
import org.yichuang.ui.common.Styles;

/** The one set of materials: each with how it is satisfied and the ways to satisfy it. */
final class MaterialsPanel {
    private final VBox box = new VBox(8);
    private final AcceptanceViewModel model;
    private final I18n i18n;

    MaterialsPanel(AcceptanceViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        box.getStyleClass().add(Styles.CARD);
        box.setPrefWidth(340);
        model.materials().addListener((ListChangeListener<MaterialModel>) c -> show());
        show();
    }

    Node node() {
        return box;
    }

    private void show() {
        box.getChildren().clear();
        Label title = new Label(i18n.get("acceptance.materials", model.materials().size()));
        title.getStyleClass().add(Styles.SUBTITLE);
        Label records = new Label();
        records.setWrapText(true);
        records.getStyleClass().add(Styles.MUTED);
        records.textProperty().bind(model.people().recordsMessageProperty());
        box.getChildren().addAll(title, records);
        model.materials().forEach(m -> box.getChildren().add(row(m)));
    }

    private Node row(MaterialModel m) {
        MaterialActions actions = model.materialActions();
        Label name = new Label(i18n.get("material.name", m.material().name(),
                i18n.get("materialForm." + m.material().form().name()), m.material().copies()));
        name.setWrapText(true);
        Label state = new Label();
        state.setId("material-state-" + m.material().id());
        state.setWrapText(true);
        state.textProperty().bind(Bindings.createStringBinding(() -> m.satisfied()
                ? "✔ " + m.satisfactionProperty().get().description() : i18n.get("material.open"), m.satisfactionProperty()));
        state.getStyleClass().add(Styles.MUTED);
        Label problem = new Label();
        problem.setWrapText(true);
        problem.getStyleClass().add(Styles.DANGER);
        problem.textProperty().bind(m.problemProperty());
        FlowPane buttons = new FlowPane(6, 4);
        buttons.setAlignment(Pos.CENTER_LEFT);
        MenuButton licence = new MenuButton(i18n.get("material.licence"));
        licence.setId("material-licence-" + m.material().id());
        licence.disableProperty().bind(Bindings.isEmpty(m.licences()));
        m.licences().addListener((ListChangeListener<ElectronicLicence>) c -> fillLicences(licence, m));
        fillLicences(licence, m);
        Button file = button(i18n.get("material.file"), "material-file-" + m.material().id(), () -> actions.chooseFile(m));
        Button scan = button(i18n.get("material.scan"), "material-scan-" + m.material().id(), () -> actions.scan(m));
        buttons.getChildren().addAll(licence, file, scan);
        if (m.material().deferrable()) {
            DatePicker due = new DatePicker(actions.suggestedDueDate());
            due.setId("material-due-" + m.material().id());
            due.setPrefWidth(130);
            due.setConverter(org.yichuang.ui.common.Dates.converter()); // 2026-12-10, whatever the machine's locale
            due.setPromptText("yyyy-MM-dd");
            Button defer = button(i18n.get("material.defer"), "material-defer-" + m.material().id(),
                    () -> actions.defer(m, due.getValue()));
            buttons.getChildren().addAll(defer, due);
        }
        Button clear = button(i18n.get("material.clear"), "material-clear-" + m.material().id(), () -> actions.clear(m));
        clear.visibleProperty().bind(m.satisfactionProperty().isNotNull());
        buttons.getChildren().add(clear);
        VBox row = new VBox(3, name, state, buttons, problem);
        row.getStyleClass().add("material-row");
        return row;
    }

    private void fillLicences(MenuButton menu, MaterialModel m) {
        menu.getItems().setAll(m.licences().stream().map(l -> {
            MenuItem item = new MenuItem(l.name() + "  " + l.licenceNumber());
            item.setOnAction(e -> model.materialActions().useLicence(m, l));
            return item;
        }).toList());
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }
}
