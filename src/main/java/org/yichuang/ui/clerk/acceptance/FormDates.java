package org.yichuang.ui.clerk.acceptance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.yichuang.domain.applicant.CardHolder;
import org.yichuang.domain.catalogue.FieldRules;
import org.yichuang.ui.common.I18n;

/**
 * The dates a date field is judged against: the other fields' (as typed now) and the applicant's birth date from the
 * card ({@code applicant.birthDate}); today in the hall's time zone, whatever the machine's.
 */
final class FormDates implements FieldModel.DateContext {
    private final Supplier<CardHolder> applicant;
    private final List<FieldModel> fields;
    private final Clock clock;
    private final I18n i18n;

    FormDates(Supplier<CardHolder> applicant, List<FieldModel> fields, Clock clock, I18n i18n) {
        this.applicant = applicant;
        this.fields = fields;
        this.clock = clock;
        this.i18n = i18n;
    }

    @Override
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Override
    public Optional<LocalDate> dateOf(String key) {
        CardHolder a = applicant.get();
        if (key.equals("applicant.birthDate") && a != null && a.birthDate() != null) {
            return Optional.of(a.birthDate());
        }
        return fields.stream().filter(f -> f.field().key().equals(key)).findFirst()
                .flatMap(f -> FieldRules.date(f.valueProperty().get()));
    }

    @Override
    public String labelOf(String key) {
        return fields.stream().filter(f -> f.field().key().equals(key)).map(f -> f.field().label()).findFirst()
                .orElseGet(() -> i18n.get("dateRef." + key));
    }
}
