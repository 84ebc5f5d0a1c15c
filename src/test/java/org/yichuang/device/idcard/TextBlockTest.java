package org.yichuang.device.idcard;

import org.yichuang.device.idcard.ga467.SpecimenTexts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.yichuang.domain.applicant.IdDocumentType;
import org.yichuang.domain.applicant.Sex;

/** The three layouts of the text block, on specimen data. */
class TextBlockTest {
    private static CardText decoded(byte[] block) {
        return ((TextBlock.Decoded) TextBlock.decode(block)).text();
    }

    @Test
    void decodesAResidentIdCard() {
        CardText t = decoded(TextBlock.encode(SpecimenTexts.RESIDENT));
        assertThat(t).isEqualTo(SpecimenTexts.RESIDENT);
        assertThat(t.toApplicant().maskedIdNumber()).isEqualTo("6101**********4523");
    }

    @Test
    void readsLongTermValidity() {
        CardText longTerm = new CardText(IdDocumentType.RESIDENT_ID, "张三", Sex.FEMALE, "回", LocalDate.of(1949, 12, 31),
                "北京市西城区复兴门外大街999号院11号楼3单元502室", "11010519491231002X", "北京市公安局西城分局",
                LocalDate.of(2019, 1, 1), null, null, null, null, null);
        byte[] block = TextBlock.encode(longTerm);
        assertThat(TextBlock.field(block, 204, 16)).isEqualTo("长期");
        assertThat(decoded(block).validUntil()).isNull();
        assertThat(decoded(block).nation()).isEqualTo("回");
    }

    @Test
    void decodesAResidencePermitWithPassNumberAndIssueCount() {
        CardText t = decoded(TextBlock.encode(SpecimenTexts.PERMIT));
        assertThat(t.documentType()).isEqualTo(IdDocumentType.HMT_PERMIT);
        assertThat(t.passNumber()).isEqualTo("H00000000");
        assertThat(t.issueCount()).isEqualTo("01");
        assertThat(t).isEqualTo(SpecimenTexts.PERMIT);
    }

    @Test
    void decodesAForeignersPermanentResidenceCard() {
        CardText t = decoded(TextBlock.encode(SpecimenTexts.FOREIGNER));
        assertThat(t.documentType()).isEqualTo(IdDocumentType.FOREIGNER_PERMANENT);
        assertThat(t.englishName()).isEqualTo("SMITH, JOHN SPECIMEN");
        assertThat(t.nationality()).isEqualTo("USA");
        assertThat(t.name()).isEqualTo("史密斯");
    }

    @Test
    void keepsAFifteenCharacterNameAndNulPadding() {
        String longName = "阿卜杜热合曼·买买提艾力木江"; // 15 characters: the field's whole width
        CardText t = new CardText(IdDocumentType.RESIDENT_ID, longName, Sex.MALE, "维吾尔", LocalDate.of(1980, 1, 1), "新疆",
                "650102198001010014", "乌鲁木齐市公安局", LocalDate.of(2020, 1, 1), LocalDate.of(2040, 1, 1), null, null, null, null);
        byte[] block = TextBlock.encode(t);
        for (int i = 0; i < block.length; i += 2) { // some readers pad with NUL instead of spaces
            if (block[i] == ' ' && block[i + 1] == 0) {
                block[i] = 0;
            }
        }
        assertThat(decoded(block).name()).isEqualTo(longName);
    }

    @Test
    void explainsWhatIsWrong() {
        assertThat(TextBlock.decode(new byte[100])).isEqualTo(new TextBlock.Malformed("text block is 100 bytes, not 256"));
        byte[] block = TextBlock.encode(SpecimenTexts.RESIDENT);
        byte[] badDate = block.clone();
        System.arraycopy("19881332".getBytes(StandardCharsets.UTF_16LE), 0, badDate, 36, 16);
        assertThat(TextBlock.decode(badDate)).isInstanceOfSatisfying(TextBlock.Malformed.class,
                m -> assertThat(m.reason()).contains("birth date"));
        byte[] badFlag = block.clone();
        System.arraycopy("Z".getBytes(StandardCharsets.UTF_16LE), 0, badFlag, 248, 2);
        assertThat(TextBlock.decode(badFlag)).isInstanceOf(TextBlock.Unsupported.class);
        byte[] badNation = block.clone();
        System.arraycopy("77".getBytes(StandardCharsets.UTF_16LE), 0, badNation, 32, 4);
        assertThat(TextBlock.decode(badNation)).isInstanceOfSatisfying(TextBlock.Malformed.class,
                m -> assertThat(m.reason()).contains("nation"));
    }
}
