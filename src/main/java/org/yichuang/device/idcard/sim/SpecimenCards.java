package org.yichuang.device.idcard.sim;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.yichuang.domain.applicant.CardHolder;

/**
 * Specimen cards (样例): invented people with valid check digits; never a real citizen's data. From
 * {@code specimen-cards.json}.
 */
public final class SpecimenCards {
    private static final Map<String, CardHolder> CARDS = load();

    public static final CardHolder ZHANG_SAN = CARDS.get("ZHANG_SAN");
    public static final CardHolder LI_MEI = CARDS.get("LI_MEI");
    public static final CardHolder WANG_JIANGUO = CARDS.get("WANG_JIANGUO");
    /** A name with 䶮 (U+4DAE, CJK extension A) and an address with 𠮷 (U+20BB7, extension B): the fonts' hardest case. */
    public static final CardHolder LIU_YAN = CARDS.get("LIU_YAN");

    public static final List<CardHolder> ALL = List.of(LI_MEI, ZHANG_SAN, WANG_JIANGUO, LIU_YAN);

    private SpecimenCards() {
    }

    private static Map<String, CardHolder> load() {
        try (InputStream in = SpecimenCards.class.getResourceAsStream("specimen-cards.json")) {
            return Map.copyOf(JsonMapper.builder().addModule(new JavaTimeModule()).build()
                    .readValue(in, new TypeReference<Map<String, CardHolder>>() { }));
        } catch (IOException e) {
            throw new UncheckedIOException("the specimen cards cannot be read", e);
        }
    }
}
