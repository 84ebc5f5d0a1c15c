package org.yichuang.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.yichuang.domain.catalogue.FieldGroup;
import org.yichuang.domain.catalogue.FieldRules;
import org.yichuang.domain.catalogue.FieldType;
import org.yichuang.domain.catalogue.FormField;
import org.yichuang.domain.text.Identifiers;
import org.yichuang.domain.text.SearchText;
import org.yichuang.domain.text.TypedText;

/** Field cases (issue 8, kinds 5 and 6): identifiers and search queries as people type and paste them. */
class TypedInputTest {
    static String fixture(String name) throws IOException {
        try (InputStream in = TypedInputTest.class.getResourceAsStream("/field-1/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static FormField field(FieldType type) {
        return new FormField("f", "字段", type, false, null, null, List.of(), null, FieldGroup.APPLICANT, List.of());
    }

    @Test
    void thePhonePastedFromAChatAppWithBidiMarksIsValidAndStoredClean() throws IOException {
        String pasted = fixture("phone-pasted-bidi-marks.txt");
        assertThat(pasted).contains("\u202D");
        assertThat(FieldRules.problem(field(FieldType.PHONE), pasted, true)).isEmpty();
        assertThat(FieldRules.canonical(FieldType.PHONE, pasted)).isEqualTo("13800138000");
    }

    @Test
    void thePhoneWithPlus86IsValid() throws IOException {
        assertThat(FieldRules.problem(field(FieldType.PHONE), fixture("phone-plus86.txt"), true)).isEmpty();
        assertThat(FieldRules.canonical(FieldType.PHONE, fixture("phone-plus86.txt"))).isEqualTo("13800138000");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            0086 138 0013 8000      | 13800138000
            8613800138000           | 13800138000
            １３８－００１３－８０００   | 13800138000
            138\u200B0013\u20608000 | 13800138000
            029-88886666            | 02988886666
            (029) 8888 6666         | 02988886666
            0917-3216888            | 09173216888
            010 6512 3456           | 01065123456
            """)
    void phonesInEveryShapePeopleTypeAreValid(String typed, String canonical) {
        assertThat(Identifiers.phone(typed)).isEqualTo(canonical);
        assertThat(FieldRules.problem(field(FieldType.PHONE), typed, true)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1380013800", "23800138000", "12800138000", "029-123", "phone", "+1 415 555 0100"})
    void whatIsNotAPhoneIsStillSaidInWords(String typed) {
        assertThat(FieldRules.problem(field(FieldType.PHONE), typed, true)).contains("field.phone");
    }

    @Test
    void aLowerCaseUsccIsValidOnceUpperCased() throws IOException {
        String typed = fixture("uscc-lowercase.txt");
        assertThat(FieldRules.problem(field(FieldType.USCC), typed, true)).isEmpty();
        assertThat(FieldRules.warning(field(FieldType.USCC), typed)).isEmpty();
        assertThat(FieldRules.canonical(FieldType.USCC, typed)).isEqualTo(typed.strip().toUpperCase());
    }

    @Test
    void aUsccWhoseCheckDoesNotMatchIsAWarningToConfirmNotABlock() throws IOException {
        String typed = fixture("uscc-check-mismatch.txt");
        assertThat(FieldRules.isUscc(typed.strip())).isFalse();
        assertThat(FieldRules.problem(field(FieldType.USCC), typed, true)).isEmpty();
        assertThat(FieldRules.warning(field(FieldType.USCC), typed)).contains("field.uscc.check");
        assertThat(FieldRules.warning(field(FieldType.USCC), "９１６１０１３１ＭＡ６ＴＸＢ９Ｆ２Ｑ")).contains("field.uscc.check");
    }

    @ParameterizedTest
    @ValueSource(strings = {"91610131MA6TXB9F2", "91610131MA6TXB9F2QQ", "91610131MA6TXB9FOQ", "916101 31"})
    void aUsccOfTheWrongShapeIsAProblem(String typed) {
        assertThat(FieldRules.problem(field(FieldType.USCC), typed, true)).contains("field.uscc");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            11010519491231002x          | 11010519491231002X
            110105 19491231 002x        | 11010519491231002X
            １１０１０５１９４９１２３１００２ｘ | 11010519491231002X
            \u202A11010519491231002X\u202C | 11010519491231002X
            """)
    void idNumbersAreCanonicalAndValid(String typed, String canonical) {
        assertThat(Identifiers.code(typed)).isEqualTo(canonical);
        assertThat(FieldRules.problem(field(FieldType.ID_NUMBER), typed, true)).isEmpty();
    }

    @Test
    void lengthsCountCharactersNotUtf16Units() {
        FormField name = new FormField("n", "姓名", FieldType.TEXT, false, 4, null, List.of(), null, FieldGroup.APPLICANT, List.of());
        assertThat(FieldRules.problem(name, "\uD842\uDFB7\uD842\uDFB7\uD842\uDFB7\uD842\uDFB7", true)).isEmpty();
        assertThat(FieldRules.problem(name, "\uD842\uDFB7".repeat(5), true)).contains("field.tooLong");
        assertThat(TypedText.length("刘\u4DAE")).isEqualTo(2);
    }

    @Test
    void typedTextNeverChangesAChineseCharacter() {
        String name = "\uF900\u4DAE\uD842\uDFB7"; // a CJK compatibility ideograph stays itself: NFC, not NFKC
        assertThat(TypedText.normalise("  " + name + "\u200B ")).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"falu", "faluyuan", "falü", "fa'lv", "FALU", "ｆａｌｕ", "fa lv", "Fa’Lü", "falu\u0308",
        "fǎlǜ", "flyz", "FLYZ", "法律"})
    void everySpellingFoldsToWhatThePinyinKeyFoldsTo(String typed) {
        String key = SearchText.pinyin("falvyuanzhushenqing");
        String initials = SearchText.pinyin("flyzsq");
        String q = SearchText.pinyin(typed);
        assertThat(key.startsWith(q) || initials.startsWith(q) || "法律援助申请".startsWith(SearchText.query(typed)))
                .as(typed + " -> " + q).isTrue();
    }

    @Test
    void wellFormedTextIsTold() {
        assertThat(TypedText.wellFormed("刘\u4DAE\uD842\uDFB7\n")).isTrue();
        assertThat(TypedText.wellFormed("a\uD800b")).isFalse();
        assertThat(TypedText.wellFormed("a\uDC00")).isFalse();
        assertThat(TypedText.wellFormed("a\u0000")).isFalse();
        assertThat(TypedText.wellFormed("\uFFFE")).isFalse();
    }
}
