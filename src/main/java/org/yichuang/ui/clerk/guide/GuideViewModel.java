package org.yichuang.ui.clerk.guide;

import org.yichuang.domain.cases.Subject;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.yichuang.domain.cases.SubjectType;
import org.yichuang.ui.clerk.CatalogueHit;
import org.yichuang.ui.clerk.ClerkNavigator;
import org.yichuang.ui.common.ErrorMessages;
import org.yichuang.ui.common.I18n;
import org.yichuang.ui.common.TaskExecutor;
import org.yichuang.usecase.OpenSubject;

/** Loads the guide of an item or a bundle from the platform. */
public final class GuideViewModel {
    private final ObjectProperty<Subject> guide = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("");
    private final ClerkNavigator navigator;

    public GuideViewModel(CatalogueHit hit, OpenSubject subjects, TaskExecutor tasks, ClerkNavigator navigator, I18n i18n,
                          ErrorMessages errors) {
        this.navigator = navigator;
        status.set(i18n.get("guide.loading"));
        tasks.run(() -> subjects.open(hit.type(), hit.code()), loaded -> {
                    status.set("");
                    guide.set(loaded);
                }, failure -> status.set(errors.of(failure)));
    }

    public void startAcceptance() {
        if (guide.get() != null) {
            navigator.acceptance(guide.get());
        }
    }

    public void back() {
        navigator.home();
    }

    public ObjectProperty<Subject> guideProperty() {
        return guide;
    }

    public StringProperty statusProperty() {
        return status;
    }
}
