package org.yichuang.platform;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The one Jackson configuration of the platform's wire format, shared by the client and the embedded platform. */
public final class Json {
    private Json() {
    }

    /**
     * The client's mapper: every instant read is moved to {@code hallZone} (field case: a platform that writes its
     * times in UTC), so what is shown and printed is the hall's date and time.
     */
    public static ObjectMapper mapper(java.time.ZoneId hallZone) {
        ObjectMapper mapper = mapper();
        mapper.enable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
        mapper.setTimeZone(java.util.TimeZone.getTimeZone(hallZone));
        return mapper;
    }

    public static ObjectMapper mapper() {
        JsonMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                // Tolerant reader: a newer platform may add fields.
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                // 𠮷 (U+20BB7) goes out as its four UTF-8 bytes, not as an escaped surrogate pair
                .enable(com.fasterxml.jackson.core.json.JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
                .build();
        // Hostile replies: bound nesting and string sizes well above anything legitimate.
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(64).maxStringLength(1_000_000).maxNumberLength(64).build());
        return mapper;
    }
}
