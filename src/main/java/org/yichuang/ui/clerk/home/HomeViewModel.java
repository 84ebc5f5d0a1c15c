package org.yichuang.ui.clerk.home;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.yichuang.domain.cases.SubjectType;
import org.yichuang.ui.clerk.CatalogueHit;
import org.yichuang.ui.clerk.ClerkNavigator;
import org.yichuang.ui.common.ErrorMessages;
import org.yichuang.ui.common.I18n;
import org.yichuang.ui.common.LatestOnly;
import org.yichuang.ui.common.TaskExecutor;
import org.yichuang.usecase.SearchCatalogue;

/**
 * Search as you type over bundles and items ({@link LatestOnly}): a keystroke cancels the search before it and the
 * newest is sent after a quiet moment, so the list always matches what is in the field.
 */
public final class HomeViewModel {
    private final StringProperty query = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final ObservableList<CatalogueHit> hits = FXCollections.observableArrayList();
    private final SearchCatalogue search;
    private final ClerkNavigator navigator;
    private final I18n i18n;
    private final ErrorMessages errors;
    private final LatestOnly<String, SearchCatalogue.Hits> latest;

    public HomeViewModel(SearchCatalogue search, TaskExecutor tasks, ClerkNavigator navigator, I18n i18n,
                         ErrorMessages errors) {
        this.search = search;
        this.navigator = navigator;
        this.i18n = i18n;
        this.errors = errors;
        this.latest = new LatestOnly<>(tasks, LatestOnly.QUIET, q -> () -> search.search(q, 50));
        query.addListener((obs, was, now) -> refresh());
    }

    public void refresh() {
        latest.ask(query.get(), found -> {
            List<CatalogueHit> list = new ArrayList<>();
            found.bundles().forEach(b -> list.add(new CatalogueHit(SubjectType.BUNDLE, b.code(), b.name(),
                    i18n.get("home.bundle.detail", b.leadDepartment(), b.itemCount(), b.promisedLimitDays()))));
            found.items().forEach(i -> list.add(new CatalogueHit(SubjectType.ITEM, i.code(), i.name(),
                    i18n.get("home.item.detail", i.department(), i18n.get("caseKind." + i.caseKind().name()), i.code()))));
            hits.setAll(list);
            summary.set(list.isEmpty() ? i18n.get("home.none")
                    : i18n.get("home.count", found.bundles().size(), found.totalItems()));
        }, failure -> {
            hits.clear();
            summary.set(errors.of(failure));
        });
    }

    /** True while a search is pending or running. */
    public javafx.beans.property.ReadOnlyBooleanProperty searchingProperty() {
        return latest.busyProperty();
    }

    public void open(CatalogueHit hit) {
        if (hit != null) {
            navigator.guide(hit);
        }
    }

    public StringProperty queryProperty() {
        return query;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public ObservableList<CatalogueHit> hits() {
        return hits;
    }
}
