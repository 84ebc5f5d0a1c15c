package org.yichuang.device.idcard.sim;

import java.time.LocalDate;
import java.util.List;
import org.yichuang.domain.applicant.CardHolder;
import org.yichuang.domain.applicant.IdDocumentType;
import org.yichuang.domain.applicant.Sex;

/** Specimen cards (样例): invented people with valid check digits; never a real citizen's data. */
public final class SpecimenCards {
    public static final CardHolder ZHANG_SAN = new CardHolder("张三", Sex.FEMALE, "汉", LocalDate.of(1949, 12, 31),
            "北京市西城区复兴门外大街999号院11号楼3单元502室", "11010519491231002X", "北京市公安局西城分局",
            LocalDate.of(2019, 1, 1), null, IdDocumentType.RESIDENT_ID);
    public static final CardHolder LI_MEI = new CardHolder("李梅", Sex.FEMALE, "汉", LocalDate.of(1988, 3, 12),
            "陕西省西安市雁塔区科技路100号样例小区2号楼1单元301室", "610113198803124523", "西安市公安局雁塔分局",
            LocalDate.of(2018, 5, 1), LocalDate.of(2038, 5, 1), IdDocumentType.RESIDENT_ID);
    public static final CardHolder WANG_JIANGUO = new CardHolder("王建国", Sex.MALE, "回", LocalDate.of(1960, 1, 1),
            "陕西省渭南市华州区样例路8号", "610522196001013011", "渭南市公安局华州分局",
            LocalDate.of(2005, 1, 1), LocalDate.of(2025, 1, 1), IdDocumentType.RESIDENT_ID);
    /** A name with 䶮 (U+4DAE, CJK extension A) and an address with 𠮷 (U+20BB7, extension B): the fonts' hardest case. */
    public static final CardHolder LIU_YAN = new CardHolder("刘\u4DAE", Sex.MALE, "汉", LocalDate.of(1990, 1, 1),
            "广东省广州市天河区\uD842\uDFB7岗路一号", "440106199001010013", "广州市公安局天河分局",
            LocalDate.of(2020, 1, 1), LocalDate.of(2040, 1, 1), IdDocumentType.RESIDENT_ID);

    public static final List<CardHolder> ALL = List.of(LI_MEI, ZHANG_SAN, WANG_JIANGUO, LIU_YAN);

    private SpecimenCards() {
    }
}
