package org.yichuang.ui.clerk.acceptance;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.yichuang.domain.catalogue.FieldRules;
import org.yichuang.domain.catalogue.FormField;
import org.yichuang.ui.common.I18n;

/** One field of the merged form: its value and its current problem, checked as the clerk types. */
public final class FieldModel {
    private final FormField field;
    private final StringProperty value = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final I18n i18n;
    private boolean touched;

    FieldModel(FormField field, I18n i18n) {
        this.field = field;
        this.i18n = i18n;
        value.addListener((obs, was, now) -> {
            touched = true;
            validate(false);
        });
    }

    /** Checks the value; a required field left empty is reported only when {@code strict} (on accept). */
    boolean validate(boolean strict) {
        var problem = FieldRules.problem(field, value.get(), field.required() && (strict || touched));
        error.set(problem.map(i18n::get).orElse(""));
        return FieldRules.problem(field, value.get(), field.required()).isEmpty();
    }

    public FormField field() {
        return field;
    }

    public StringProperty valueProperty() {
        return value;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
