package org.yichuang.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yichuang.device.card.pcsc.SocialSecurityCard;
import org.yichuang.device.idcard.CardText;
import org.yichuang.device.idcard.TextBlock;
import org.yichuang.domain.applicant.Masking;
import org.yichuang.platform.Json;

/** What {@code read-id} prints of a card: masked unless asked, as {@code key: value} lines or one JSON object. */
final class CardPrinting {
    private CardPrinting() {
    }

    static void print(PrintWriter out, Map<String, Object> fields, boolean json) throws JsonProcessingException {
        if (json) {
            out.println(Json.mapper().writeValueAsString(fields));
        } else {
            fields.forEach((k, v) -> out.println(k + ": " + (v == null ? "" : v)));
        }
    }

    static Map<String, Object> fields(CardText c, boolean unmasked) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", unmasked ? c.name() : Masking.name(c.name()));
        out.put("sex", c.sex().name());
        out.put("nation", c.nation());
        out.put("birthDate", text(c.birthDate()));
        out.put("address", unmasked ? c.address() : c.address().isEmpty() ? "" : "***");
        out.put("idNumber", unmasked ? c.idNumber() : Masking.idNumber(c.idNumber()));
        out.put("authority", c.authority());
        out.put("validFrom", text(c.validFrom()));
        out.put("validUntil", c.validUntil() == null ? TextBlock.NO_EXPIRY : text(c.validUntil()));
        out.put("documentType", c.documentType().name());
        if (c.passNumber() != null) {
            out.put("passNumber", unmasked ? c.passNumber() : Masking.idNumber(c.passNumber()));
            out.put("issueCount", c.issueCount());
        }
        if (c.nationality() != null) {
            out.put("englishName", unmasked ? c.englishName() : Masking.name(c.englishName()));
            out.put("nationality", c.nationality());
        }
        return out;
    }

    /** A social security card: the holder's data under the same keys as an ID card, plus the card number. */
    static Map<String, Object> fields(SocialSecurityCard card, boolean unmasked) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", unmasked ? card.name() : Masking.name(card.name()));
        out.put("sex", card.sex().name());
        out.put("nation", card.nation());
        out.put("birthDate", text(card.birthDate()));
        out.put("idNumber", unmasked ? card.socialSecurityNumber() : Masking.idNumber(card.socialSecurityNumber()));
        out.put("documentType", "SOCIAL_SECURITY_CARD");
        out.put("cardNumber", unmasked ? card.cardNumber() : Masking.idNumber(card.cardNumber()));
        return out;
    }

    static String text(LocalDate day) {
        return day == null ? null : day.toString();
    }
}
