package org.yichuang.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.yichuang.usecase.port.IdCardReader.IdCardException;

/**
 * What a failed card read says to the person in front of the screen. A card of an edition not supported yet is never
 * "no card": the clerk is told so and sees what its common fields hold; the kiosk sends the citizen to a window.
 */
public final class CardMessages {
    private static final DateTimeFormatter DAY = Dates.DAY;

    private CardMessages() {
    }

    /** For the clerk: the message, with the common fields of an unsupported edition written out. */
    public static String forClerk(IdCardException e, I18n i18n) {
        return e.unsupportedEdition().map(u -> i18n.get("idcard.read.unsupportedEdition", u.flag(), u.name(),
                u.number(), day(u.validFrom()), day(u.validUntil()))).orElseGet(() -> i18n.get(e.messageKey(), e.messageArgs()));
    }

    /** For a citizen at the kiosk: no personal data on a public screen, and where to go instead. */
    public static String forKiosk(IdCardException e, I18n i18n) {
        return e.unsupportedEdition().isPresent() ? i18n.get("kiosk.identify.unsupportedEdition")
                : i18n.get(e.messageKey(), e.messageArgs());
    }

    private static String day(LocalDate day) {
        return day == null ? "—" : DAY.format(day);
    }
}
