package org.yichuang.device.idcard;

import org.yichuang.device.idcard.ga467.SpecimenTexts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yichuang.domain.applicant.ApplicantChecks;
import org.yichuang.domain.applicant.IdDocumentType;
import org.yichuang.domain.applicant.Sex;
import org.yichuang.domain.applicant.UnsupportedEdition;

/** Field case (issue 8, kind 1): card editions. The 2023 foreigner's card reads like the 2017 one; unknown flags are said. */
public class CardEditionsTest {
    public static byte[] fixture(String name) throws IOException {
        try (InputStream in = CardEditionsTest.class.getResourceAsStream("/field-1/" + name)) {
            return in.readAllBytes();
        }
    }

    private static CardText decoded(byte[] block) {
        return ((TextBlock.Decoded) TextBlock.decode(block)).text();
    }

    @Test
    void readsThe2023ForeignersCardFromTheField() throws IOException {
        CardText t = decoded(fixture("fprc-2023-Y.bin"));
        assertThat(t.documentType()).isEqualTo(IdDocumentType.FOREIGNER_PERMANENT);
        assertThat(t.name()).isEqualTo("张伟明");
        assertThat(t.englishName()).isEqualTo("ZHANG, WEIMING SPECIMEN");
        assertThat(t.idNumber()).isEqualTo("932682198501010017");
        assertThat(t.nationality()).isEqualTo("SAU");
        assertThat(t.sex()).isEqualTo(Sex.MALE);
        assertThat(t.birthDate()).isEqualTo(LocalDate.of(1985, 1, 1));
        assertThat(t.validFrom()).isEqualTo(LocalDate.of(2023, 12, 1));
        assertThat(t.validUntil()).isEqualTo(LocalDate.of(2033, 11, 30));
        assertThat(ApplicantChecks.problems(t.toApplicant(), LocalDate.of(2026, 11, 29))).isEmpty();
        assertThat(t.toApplicant().nationality()).isEqualTo("SAU");
    }

    @Test
    void bothEditionsGiveTheSameKindOfApplicant() {
        CardText old = SpecimenTexts.FOREIGNER;
        CardText now = new CardText(IdDocumentType.FOREIGNER_PERMANENT, "史密斯", Sex.MALE, "", LocalDate.of(1970, 5, 6), "",
                "931840197005060017", "", LocalDate.of(2024, 1, 1), LocalDate.of(2034, 1, 1), null, "00",
                "SMITH, JOHN SPECIMEN", "USA");
        for (CardText t : new CardText[] {old, now}) {
            CardText back = decoded(TextBlock.encode(t));
            assertThat(back.englishName()).isEqualTo("SMITH, JOHN SPECIMEN");
            assertThat(back.nationality()).isEqualTo("USA");
            assertThat(back.name()).isEqualTo("史密斯");
        }
        assertThat(ApplicantChecks.problems(decoded(TextBlock.encode(now)).toApplicant(), LocalDate.of(2026, 1, 1))).isEmpty();
    }

    @Test
    void aLongEnglishNameSplitMidWordAcrossItsTwoFieldsComesBackWhole() {
        String english = "ALEXANDROPOULOS-PAPADOPOULOS, KONSTANTINOS"; // 42 characters: 35 + 7, split in KONST|ANTINOS
        CardText t = new CardText(IdDocumentType.FOREIGNER_PERMANENT, "", Sex.MALE, "", LocalDate.of(1970, 5, 6), "",
                "931276197005060010", "", LocalDate.of(2024, 1, 1), null, null, "01", english, "DEU");
        CardText back = decoded(TextBlock.encode(t));
        assertThat(back.englishName()).isEqualTo(english);
        assertThat(back.name()).as("no Chinese name: the English one stands in").isEqualTo(english);
        assertThat(back.nationality()).isEqualTo("DEU");
    }

    @Test
    void the2023NumberIsCheckedLikeAnIdNumber() throws IOException {
        byte[] block = fixture("fprc-2023-Y.bin");
        put(block, 122, "932682198501010018"); // check character off by one
        CardText t = decoded(block);
        assertThat(ApplicantChecks.problems(t.toApplicant(), LocalDate.of(2026, 1, 1))).containsExactly("id.invalid.checkDigit");
        put(block, 122, "932156198501010017"); // valid check, but the number says China while the card says 682
        assertThat(ApplicantChecks.problems(decoded(block).toApplicant(), LocalDate.of(2026, 1, 1)))
                .containsExactly("id.invalid.nationalityMismatch");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Z", "K", "1", "y"})
    void anUnknownFlagIsAnUnsupportedEditionWithItsCommonFieldsNeverNoCard(String flag) throws IOException {
        byte[] block = fixture("fprc-2023-Y.bin");
        put(block, 248, flag);
        TextBlock.Result result = TextBlock.decode(block);
        assertThat(result).isInstanceOf(TextBlock.Unsupported.class);
        UnsupportedEdition e = ((TextBlock.Unsupported) result).edition();
        assertThat(e.flag()).isEqualTo(flag);
        assertThat(e.name()).isEqualTo("张伟明");
        assertThat(e.number()).isEqualTo("932682198501010017");
        assertThat(e.validUntil()).isEqualTo(LocalDate.of(2033, 11, 30));
        assertThat(e.toString()).doesNotContain("张伟明").doesNotContain("932682198501010017");
    }

    @Test
    void anUnknownEditionWithGarbageDatesStillShowsWhatItCan() throws IOException {
        byte[] block = fixture("fprc-2023-Y.bin");
        put(block, 248, "Q");
        put(block, 188, "2023-1?-");
        UnsupportedEdition e = ((TextBlock.Unsupported) TextBlock.decode(block)).edition();
        assertThat(e.validFrom()).isNull();
        assertThat(e.name()).isEqualTo("张伟明");
    }

    @Test
    void aRareNameInExtensionAReadsExactly() throws IOException {
        CardText t = decoded(fixture("resident-rare-name.bin"));
        assertThat(t.name()).isEqualTo("刘\u4DAE");
        assertThat(t.name().codePointAt(1)).isEqualTo(0x4DAE);
    }

    @Test
    void aNameWithAnExtensionBCharacterSurvivesTheBlockAsASurrogatePair() {
        String name = "王\uD840\uDC0B明"; // U+2000B, CJK extension B
        CardText t = new CardText(IdDocumentType.RESIDENT_ID, name, Sex.MALE, "汉", LocalDate.of(1990, 1, 1), "陕西省西安市",
                "61010219900101001X", "西安市公安局", LocalDate.of(2020, 1, 1), LocalDate.of(2040, 1, 1), null, null, null, null);
        assertThat(decoded(TextBlock.encode(t)).name()).isEqualTo(name);
    }

    static void put(byte[] block, int offset, String text) {
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
        System.arraycopy(bytes, 0, block, offset, bytes.length);
    }
}
