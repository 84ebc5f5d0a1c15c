package org.yichuang.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yichuang.domain.catalogue.FieldGroup;
import org.yichuang.domain.catalogue.FieldRules;
import org.yichuang.domain.catalogue.FieldType;
import org.yichuang.domain.catalogue.FormField;

class FieldRulesTest {
    private static FormField field(FieldType type, Integer maxLength, List<String> options) {
        return new FormField("k", "标签", type, true, maxLength, null, options, null, FieldGroup.BUSINESS, List.of());
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            PHONE,     13800000000,        ''
            PHONE,     029-88886666,       ''
            PHONE,     1380000000,         field.phone
            USCC,      91350100M000100Y43, ''
            USCC,      91350100M000100Y44, ''
            USCC,      91350100M000100Y4,  field.uscc
            USCC,      91350100M000100YI3, field.uscc
            DATE,      2026-02-28,         ''
            DATE,      2026-02-30,         field.date
            NUMBER,    12.5,               ''
            NUMBER,    12a,                field.number
            ID_NUMBER, 11010519491231002X, ''
            ID_NUMBER, 110105194912310021, id.invalid.checkDigit
            """)
    void validatesByType(FieldType type, String value, String expected) {
        assertThat(FieldRules.problem(field(type, null, List.of()), value, true).orElse("")).isEqualTo(expected);
    }

    @Test
    void requiredOnlyWhenAsked() {
        FormField f = field(FieldType.TEXT, 5, List.of());
        assertThat(FieldRules.problem(f, "  ", true)).contains("field.required");
        assertThat(FieldRules.problem(f, "", false)).isEmpty();
        assertThat(FieldRules.problem(f, "六个字太长了", false)).contains("field.tooLong");
    }

    @Test
    void choicesMustBeOffered() {
        FormField f = field(FieldType.CHOICE, null, List.of("男", "女"));
        assertThat(FieldRules.problem(f, "女", true)).isEmpty();
        assertThat(FieldRules.problem(f, "其他", true)).contains("field.choice");
    }
}
