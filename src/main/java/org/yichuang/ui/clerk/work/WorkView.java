package org.yichuang.ui.clerk.work;

import java.time.format.DateTimeFormatter;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.yichuang.domain.cases.CaseSummary;
import org.yichuang.domain.clerk.PendingMaterial;
import org.yichuang.ui.common.I18n;
import org.yichuang.ui.common.Styles;

/** My work: today's cases (Enter opens their documents), deferred materials due, the outbox. */
public final class WorkView {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private final VBox root = new VBox(10);

    public WorkView(WorkViewModel model, I18n i18n) {
        Label title = new Label(i18n.get("work.title"));
        title.getStyleClass().add(Styles.TITLE);
        Button back = button(i18n.get("common.back"), "work-back", model::back);
        Button refresh = button(i18n.get("work.refresh"), "work-refresh", model::refresh);
        Label kept = new Label();
        kept.setId("work-kept");
        kept.textProperty().bind(model.keptProperty().map(n -> i18n.get("work.kept", n)));
        Button send = button(i18n.get("work.sendKept"), "work-send", model::sendKept);
        send.disableProperty().bind(model.keptProperty().isEqualTo(0).or(model.busyProperty()));
        javafx.scene.control.TextField find = new javafx.scene.control.TextField();
        find.setId("work-filter");
        find.setPromptText(i18n.get("work.filter"));
        find.textProperty().bindBidirectional(model.filterProperty());
        HBox top = new HBox(10, back, title, refresh, find, kept, send);
        top.setAlignment(Pos.CENTER_LEFT);

        TableView<CaseSummary> cases = new TableView<>(model.cases());
        cases.setId("work-cases");
        cases.getColumns().add(column(i18n.get("work.col.number"), c -> c.caseNumber()));
        cases.getColumns().add(column(i18n.get("work.col.subject"), CaseSummary::subjectName));
        cases.getColumns().add(column(i18n.get("work.col.applicant"), CaseSummary::applicant));
        cases.getColumns().add(column(i18n.get("work.col.status"), model::statusText));
        cases.getColumns().add(column(i18n.get("work.col.time"), c -> c.acceptedAt() == null ? "" : TIME.format(c.acceptedAt())));
        cases.getColumns().add(column(i18n.get("work.col.promised"), c -> org.yichuang.ui.common.Dates.day(c.promisedBy())));
        cases.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        cases.setPlaceholder(new Label(i18n.get("work.noCases")));
        cases.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && cases.getSelectionModel().getSelectedItem() != null) {
                model.documents(cases.getSelectionModel().getSelectedItem());
            }
        });
        Button documents = button(i18n.get("work.documents"), "work-documents", () -> {
            if (cases.getSelectionModel().getSelectedItem() != null) {
                model.documents(cases.getSelectionModel().getSelectedItem());
            }
        });

        TableView<PendingMaterial> pending = new TableView<>(model.pending());
        pending.setId("work-pending");
        pending.getColumns().add(column(i18n.get("work.col.number"), PendingMaterial::caseNumber));
        pending.getColumns().add(column(i18n.get("work.col.subject"), PendingMaterial::subjectName));
        pending.getColumns().add(column(i18n.get("work.col.material"), PendingMaterial::materialName));
        pending.getColumns().add(column(i18n.get("work.col.applicant"), PendingMaterial::applicantMasked));
        TableColumn<PendingMaterial, String> due = column(i18n.get("work.col.due"), p -> String.valueOf(p.dueDate()));
        due.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                PendingMaterial p = empty ? null : getTableRow().getItem();
                setText(empty ? null : text + (p != null && model.overdue(p) ? " " + i18n.get("work.overdue") : ""));
                getStyleClass().remove(Styles.DANGER);
                if (p != null && model.overdue(p)) {
                    getStyleClass().add(Styles.DANGER);
                }
            }
        });
        pending.getColumns().add(due);
        pending.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        pending.setPlaceholder(new Label(i18n.get("work.noPending")));
        Button file = button(i18n.get("work.supplyFile"), "work-supply-file", () -> {
            if (pending.getSelectionModel().getSelectedItem() != null) {
                model.supplyFile(pending.getSelectionModel().getSelectedItem());
            }
        });
        Button scan = button(i18n.get("work.supplyScan"), "work-supply-scan", () -> {
            if (pending.getSelectionModel().getSelectedItem() != null) {
                model.supplyScan(pending.getSelectionModel().getSelectedItem());
            }
        });
        Label message = new Label();
        message.setId("work-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        Label casesTitle = new Label(i18n.get("work.cases"));
        casesTitle.getStyleClass().add(Styles.SUBTITLE);
        Label pendingTitle = new Label(i18n.get("work.pending"));
        pendingTitle.getStyleClass().add(Styles.SUBTITLE);
        VBox.setVgrow(cases, Priority.ALWAYS);
        VBox.setVgrow(pending, Priority.ALWAYS);
        root.getChildren().addAll(top, casesTitle, cases, documents, pendingTitle, pending, new HBox(10, file, scan), message);
        root.getStyleClass().add(Styles.SECTION);
    }

    private static <T> TableColumn<T, String> column(String title, java.util.function.Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        return c;
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
