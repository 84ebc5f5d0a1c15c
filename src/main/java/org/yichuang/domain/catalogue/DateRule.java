package org.yichuang.domain.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where a date field's value may lie, besides being a date: not after today (a birth, a death, a decision taken), not
 * before today (a planned start), and not before other dates: another field's, or the applicant's birth date as read
 * from the card ({@code applicant.birthDate}). A date that is not known (not typed yet) is not judged against.
 */
public record DateRule(boolean notFuture, boolean notPast, List<String> notBefore) {
    public static final DateRule NONE = new DateRule(false, false, List.of());

    /** What a date breaks: a message key, and for {@code field.date.notBefore} the other date's key and value. */
    public record Breach(String key, String otherKey, LocalDate other) {
    }

    public DateRule {
        notBefore = List.copyOf(notBefore == null ? List.of() : notBefore);
    }

    /** The first rule {@code day} breaks on {@code today}; {@code dateOf} answers the other dates by key. */
    public Optional<Breach> check(LocalDate day, LocalDate today, Function<String, Optional<LocalDate>> dateOf) {
        if (notFuture && day.isAfter(today)) {
            return Optional.of(new Breach("field.date.future", null, null));
        }
        if (notPast && day.isBefore(today)) {
            return Optional.of(new Breach("field.date.past", null, null));
        }
        for (String key : notBefore) {
            Optional<LocalDate> other = dateOf.apply(key);
            if (other.isPresent() && day.isBefore(other.get())) {
                return Optional.of(new Breach("field.date.notBefore", key, other.get()));
            }
        }
        return Optional.empty();
    }
}
