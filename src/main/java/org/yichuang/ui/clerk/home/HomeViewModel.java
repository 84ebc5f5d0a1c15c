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
import org.yichuang.ui.common.TaskExecutor;
import org.yichuang.usecase.SearchCatalogue;

/**
 * Search as you type over bundles and items. Each keystroke starts a search; a result that arrives after a
 * newer keystroke is dropped, so the list always matches what is in the field.
 */
public final class HomeViewModel {
    private final StringProperty query = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final ObservableList<CatalogueHit> hits = FXCollections.observableArrayList();
    private final SearchCatalogue search;
    private final TaskExecutor tasks;
    private final ClerkNavigator navigator;
    private final I18n i18n;
    private final ErrorMessages errors;
    private long generation;

    public HomeViewModel(SearchCatalogue search, TaskExecutor tasks, ClerkNavigator navigator, I18n i18n,
                         ErrorMessages errors) {
        this.search = search;
        this.tasks = tasks;
        this.navigator = navigator;
        this.i18n = i18n;
        this.errors = errors;
        query.addListener((obs, was, now) -> refresh());
    }

    public void refresh() {
        long mine = ++generation;
        String q = query.get();
        tasks.run(() -> search.search(q, 50), found -> {
            if (mine != generation) {
                return;
            }
            List<CatalogueHit> list = new ArrayList<>();
            found.bundles().forEach(b -> list.add(new CatalogueHit(SubjectType.BUNDLE, b.code(), b.name(),
                    i18n.get("home.bundle.detail", b.leadDepartment(), b.itemCount(), b.promisedLimitDays()))));
            found.items().forEach(i -> list.add(new CatalogueHit(SubjectType.ITEM, i.code(), i.name(),
                    i18n.get("home.item.detail", i.department(), i18n.get("handling." + i.handling().name()), i.code()))));
            hits.setAll(list);
            summary.set(list.isEmpty() ? i18n.get("home.none")
                    : i18n.get("home.count", found.bundles().size(), found.totalItems()));
        }, failure -> {
            if (mine == generation) {
                hits.clear();
                summary.set(errors.of(failure));
            }
        });
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
