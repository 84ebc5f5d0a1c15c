package org.yichuang.ui.clerk.acceptance;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.yichuang.domain.catalogue.FieldRules;
import org.yichuang.domain.catalogue.FormField;
import org.yichuang.ui.common.I18n;

/**
 * One field of the merged form: its value, its current problem in words, and a warning the clerk may confirm (a
 * USCC whose check character does not match), checked as the clerk types. What is submitted is the canonical value.
 */
public final class FieldModel {
    /** The other dates a date field is judged against, and today in the hall's time zone. */
    interface DateContext {
        DateContext NONE = new DateContext() {
            @Override public java.time.LocalDate today() { return null; }
            @Override public java.util.Optional<java.time.LocalDate> dateOf(String key) { return java.util.Optional.empty(); }
            @Override public String labelOf(String key) { return key; }
        };

        /** Null: dates are not judged (a model without a clock). */
        java.time.LocalDate today();

        java.util.Optional<java.time.LocalDate> dateOf(String key);

        String labelOf(String key);
    }

    private final FormField field;
    private final DateContext dates;
    private final StringProperty value = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty warning = new SimpleStringProperty("");
    private final BooleanProperty confirmed = new SimpleBooleanProperty();
    private final I18n i18n;
    private boolean touched;

    FieldModel(FormField field, I18n i18n) {
        this(field, i18n, DateContext.NONE);
    }

    FieldModel(FormField field, I18n i18n, DateContext dates) {
        this.field = field;
        this.i18n = i18n;
        this.dates = dates;
        value.addListener((obs, was, now) -> {
            touched = true;
            confirmed.set(false); // a confirmation is for the value the clerk saw
            validate(false);
        });
        confirmed.addListener((obs, was, now) -> validate(false));
    }

    /** Checks the value; a required field left empty is reported only when {@code strict} (on accept). */
    boolean validate(boolean strict) {
        var problem = FieldRules.problem(field, value.get(), field.required() && (strict || touched));
        var caution = FieldRules.warning(field, value.get());
        var breach = dates.today() == null ? java.util.Optional.<org.yichuang.domain.catalogue.DateRule.Breach>empty()
                : FieldRules.dateProblem(field, value.get(), dates.today(), dates::dateOf);
        error.set(problem.map(i18n::get).or(() -> breach.map(b -> b.otherKey() == null ? i18n.get(b.key())
                : i18n.get(b.key(), dates.labelOf(b.otherKey()), b.other().toString()))).orElse(""));
        warning.set(problem.isPresent() ? "" : caution.map(i18n::get).orElse(""));
        if (strict && caution.isPresent() && !confirmed.get() && problem.isEmpty()) {
            error.set(i18n.get("field.confirmNeeded"));
        }
        return FieldRules.problem(field, value.get(), field.required()).isEmpty() && breach.isEmpty()
                && (caution.isEmpty() || confirmed.get());
    }

    /** The value as it is checked and stored (ID numbers upper-case, phones as digits, invisible marks gone). */
    String canonicalValue() {
        return FieldRules.canonical(field.type(), value.get());
    }

    /** The confirmation to record with the case, when the clerk confirmed a warning; null otherwise. */
    String confirmation() {
        return confirmed.get() && !warning.get().isEmpty() ? warning.get() : null;
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

    /** A warning the clerk may confirm after checking the original document; empty when there is none. */
    public StringProperty warningProperty() {
        return warning;
    }

    public BooleanProperty confirmedProperty() {
        return confirmed;
    }
}
