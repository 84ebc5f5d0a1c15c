package org.yichuang.ui.clerk.guide;

import org.yichuang.domain.cases.Subject;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.yichuang.domain.catalogue.Material;
import org.yichuang.domain.catalogue.Merging;
import org.yichuang.domain.catalogue.ServiceItem;
import org.yichuang.domain.catalogue.Situation;
import org.yichuang.ui.common.I18n;
import org.yichuang.ui.common.Styles;

/** The guide laid out to be read at a glance: facts on top, then conditions, situations, materials, basis. */
public final class GuideView {
    private final BorderPane root = new BorderPane();
    private final I18n i18n;

    public GuideView(GuideViewModel model, I18n i18n) {
        this.i18n = i18n;
        Button back = new Button(i18n.get("common.back"));
        back.setOnAction(e -> model.back());
        Button start = new Button(i18n.get("guide.start"));
        start.setId("guide-start");
        start.getStyleClass().add(Styles.ACCENT);
        start.setDefaultButton(true);
        start.disableProperty().bind(model.guideProperty().isNull());
        start.setOnAction(e -> model.startAcceptance());
        Label status = new Label();
        status.textProperty().bind(model.statusProperty());
        HBox top = new HBox(10, back, start, status);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        top.setPadding(new javafx.geometry.Insets(0, 0, 10, 0));
        root.setTop(top);
        model.guideProperty().addListener((obs, was, guide) -> root.setCenter(content(guide)));
        root.getStyleClass().add(Styles.SECTION);
    }

    public Parent node() {
        return root;
    }

    private Node content(Subject guide) {
        VBox box = new VBox(14);
        box.setPadding(new javafx.geometry.Insets(12, 16, 16, 16));
        Label title = new Label(guide.name());
        title.setId("guide-title");
        title.getStyleClass().add(Styles.TITLE);
        box.getChildren().add(title);
        if (!guide.description().isBlank()) {
            box.getChildren().add(wrapped(guide.description()));
        }
        Label summary = new Label(i18n.get("guide.summary", guide.items().size(),
                guide.instant() ? i18n.get("caseKind.INSTANT") : i18n.get("guide.promised", guide.promisedLimitDays()),
                guide.items().stream().flatMap(i -> i.materials().stream()).map(Material::id).distinct().count()));
        summary.setId("guide-summary");
        summary.getStyleClass().add(Styles.ACCENT);
        box.getChildren().add(summary);
        for (ServiceItem item : guide.items()) {
            box.getChildren().add(facts(item));
        }
        var items = guide.items();
        box.getChildren().add(section(i18n.get("guide.conditions"), items.stream()
                .flatMap(i -> i.conditions().stream()).distinct().map(c -> "• " + c).collect(Collectors.joining("\n"))));
        box.getChildren().add(section(i18n.get("guide.situations"), Merging.situations(items).stream()
                .map(this::situation).collect(Collectors.joining("\n"))));
        box.getChildren().add(section(i18n.get("guide.materials"), items.stream().flatMap(i -> i.materials().stream())
                .collect(Collectors.toMap(Material::id, m -> m, (a, b) -> a, java.util.LinkedHashMap::new)).values()
                .stream().map(this::material).collect(Collectors.joining("\n"))));
        box.getChildren().add(section(i18n.get("guide.basis"), items.stream().flatMap(i -> i.legalBasis().stream())
                .distinct().collect(Collectors.joining("\n"))));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private Node facts(ServiceItem item) {
        GridPane grid = new GridPane(16, 6);
        String[][] rows = {
            {i18n.get("guide.item"), i18n.get("guide.item.value", item.name(), item.code())},
            {i18n.get("guide.department"), item.department() + " · " + i18n.get("itemType." + item.type().name())},
            {i18n.get("guide.limits"), item.caseKind() == org.yichuang.domain.catalogue.CaseKind.INSTANT
                    ? i18n.get("guide.limits.instant", item.legalLimitDays())
                    : i18n.get("guide.limits.value", item.legalLimitDays(), item.promisedLimitDays())},
            {i18n.get("guide.fee"), item.fee().description()},
            {i18n.get("guide.place"), item.handlingPlace() + " · " + i18n.get("guide.phone") + " " + item.consultPhone()
                    + (item.crossRegion() ? " · " + i18n.get("guide.crossRegion") : "")}};
        for (int r = 0; r < rows.length; r++) {
            Label key = new Label(rows[r][0]);
            key.getStyleClass().add(Styles.MUTED);
            grid.addRow(r, key, wrapped(rows[r][1]));
        }
        grid.getStyleClass().add(Styles.CARD);
        return grid;
    }

    private String situation(Situation s) {
        return "• " + s.question() + "  " + s.options().stream().map(o -> o.label()).collect(Collectors.joining(" / "));
    }

    private String material(Material m) {
        String when = m.requiredWhen().isEmpty() ? "" : " · " + i18n.get("guide.material.conditional");
        String elicence = m.elicenceType() == null ? "" : " · " + i18n.get("guide.material.elicence", m.elicenceType());
        String deferrable = m.deferrable() ? " · " + i18n.get("guide.material.deferrable") : "";
        return i18n.get("guide.material.line", m.name(), i18n.get("materialForm." + m.form().name()), m.copies())
                + when + elicence + deferrable;
    }

    private Node section(String title, String body) {
        Label head = new Label(title);
        head.getStyleClass().add(Styles.SUBTITLE);
        return new VBox(6, head, wrapped(body.isBlank() ? i18n.get("guide.none") : body));
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }
}
