package org.yichuang.device.idcard.ga467;

import org.yichuang.device.idcard.CardText;

import java.time.LocalDate;
import org.yichuang.domain.applicant.IdDocumentType;
import org.yichuang.domain.applicant.Sex;

/** Specimen card texts of the three layouts (invented people, valid check digits). */
public final class SpecimenTexts {
    public static final CardText RESIDENT = new CardText(IdDocumentType.RESIDENT_ID, "李梅", Sex.FEMALE, "汉",
            LocalDate.of(1988, 3, 12), "陕西省西安市雁塔区科技路100号样例小区2号楼1单元301室", "610113198803124523",
            "西安市公安局雁塔分局", LocalDate.of(2018, 5, 1), LocalDate.of(2038, 5, 1), null, null, null, null);
    public static final CardText PERMIT = new CardText(IdDocumentType.HMT_PERMIT, "陈大文", Sex.MALE, "", LocalDate.of(1990, 6, 1),
            "陕西省西安市碑林区样例街1号", "810000199006010018", "西安市公安局", LocalDate.of(2019, 1, 1),
            LocalDate.of(2024, 1, 1), "H00000000", "01", null, null);
    public static final CardText FOREIGNER = new CardText(IdDocumentType.FOREIGNER_PERMANENT, "史密斯", Sex.MALE, "",
            LocalDate.of(1970, 1, 1), "", "USA110070010100", "1500", LocalDate.of(2017, 6, 1), LocalDate.of(2027, 6, 1),
            null, "02", "SMITH, JOHN SPECIMEN", "USA");

    private SpecimenTexts() {
    }
}
