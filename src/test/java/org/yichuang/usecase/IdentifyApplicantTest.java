package org.yichuang.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.yichuang.device.idcard.sim.SpecimenCards;
import org.yichuang.domain.applicant.CardHolder;
import org.yichuang.domain.applicant.PersonalProfile;
import org.yichuang.domain.applicant.UnsupportedEdition;
import org.yichuang.domain.licence.ElectronicLicence;
import org.yichuang.usecase.IdentifyApplicant.PhotoNote;
import org.yichuang.usecase.port.DeviceState;
import org.yichuang.usecase.port.IdCardReader;
import org.yichuang.usecase.port.PeopleRecords;
import org.yichuang.usecase.port.PhotoDecoder;

/** Identifying the person in front of the screen, the same for the window and the kiosk: no toolkit, answering fakes. */
class IdentifyApplicantTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final ElectronicLicence MARRIAGE = new ElectronicLicence("JH610113-2015-000123", "结婚证", "结婚证",
            "西安市雁塔区民政局", LocalDate.of(2015, 5, 20), null);

    /** A reader with one card on it, delivering {@code wlt} as the card's photo. */
    private static IdCardReader cardWith(CardHolder person, byte[] wlt) {
        return new IdCardReader() {
            @Override
            public DeviceState state() {
                return DeviceState.of(DeviceState.Family.IDCARD, DeviceState.Condition.READY, DeviceState.Reason.READY);
            }

            @Override
            public CardHolder read(Duration timeout) {
                return person;
            }

            @Override
            public Identity readIdentity(Duration timeout) {
                return new Identity(person, wlt);
            }
        };
    }

    /** A decoder that turns any 1,024 bytes into a 2×1 picture, and anything else into nothing. */
    private static final PhotoDecoder DECODER = new PhotoDecoder() {
        @Override
        public boolean configured() {
            return true;
        }

        @Override
        public Optional<Photo> decode(byte[] wlt) {
            return wlt.length == 1024 ? Optional.of(new Photo(2, 1, new int[] {0xFF000000, 0xFFFFFFFF})) : Optional.empty();
        }
    };

    /** The platform knows 李梅: her phone in the profile and her marriage certificate. */
    private static final PeopleRecords PEOPLE = new PeopleRecords() {
        @Override
        public PersonalProfile profile(String idNumber) {
            return idNumber.equals(SpecimenCards.LI_MEI.idNumber())
                    ? new PersonalProfile("13800000000", "", "", "", "", "", "") : PersonalProfile.EMPTY;
        }

        @Override
        public List<ElectronicLicence> licences(String holderId) {
            return holderId.equals(SpecimenCards.LI_MEI.idNumber()) ? List.of(MARRIAGE) : List.of();
        }

        @Override
        public byte[] licenceFile(String licenceNumber) {
            return "%PDF-1.7".getBytes();
        }
    };

    @Test
    void aCardReadGivesThePersonThePhotoAndEveryCheckAtOnce() throws Exception {
        var identify = new IdentifyApplicant(cardWith(SpecimenCards.WANG_JIANGUO, new byte[1024]), DECODER, PEOPLE, CLOCK);
        var identified = identify.read(Duration.ofSeconds(1));
        assertThat(identified.person()).isEqualTo(SpecimenCards.WANG_JIANGUO);
        assertThat(identified.photo()).hasValueSatisfying(p -> assertThat(p.width()).isEqualTo(2));
        assertThat(identified.photoNote()).isEqualTo(PhotoNote.DECODED);
        assertThat(identified.problems()).containsExactly("id.expired");
    }

    @Test
    void aPhotoIsNeverMadeUpAndTheNoteSaysWhy() throws Exception {
        CardHolder li = SpecimenCards.LI_MEI;
        assertThat(new IdentifyApplicant(cardWith(li, new byte[0]), DECODER, PEOPLE, CLOCK).read(Duration.ZERO).photoNote())
                .isEqualTo(PhotoNote.NONE_FROM_READER);
        assertThat(new IdentifyApplicant(cardWith(li, new byte[1024]), PhotoDecoder.NONE, PEOPLE, CLOCK).read(Duration.ZERO)
                .photoNote()).isEqualTo(PhotoNote.NEEDS_DECODER);
        var undecodable = new IdentifyApplicant(cardWith(li, new byte[7]), DECODER, PEOPLE, CLOCK).read(Duration.ZERO);
        assertThat(undecodable.photoNote()).isEqualTo(PhotoNote.UNDECODABLE);
        assertThat(undecodable.photo()).isEmpty();
    }

    @Test
    void aReadThatFailsSaysWhyAndAnUnsupportedEditionCarriesItsCommonFields() {
        var edition = new UnsupportedEdition("Z", "张伟明", "932682198501010017", null, null);
        IdCardReader unsupported = new IdCardReader() {
            @Override
            public DeviceState state() {
                return null;
            }

            @Override
            public CardHolder read(Duration timeout) throws IdCardException {
                throw IdCardException.unsupported(edition);
            }
        };
        assertThatThrownBy(() -> new IdentifyApplicant(unsupported, DECODER, PEOPLE, CLOCK).read(Duration.ZERO))
                .isInstanceOfSatisfying(IdCardReader.IdCardException.class,
                        e -> assertThat(e.unsupportedEdition()).contains(edition));
    }

    @Test
    void whatAClerkTypesIsCleanedAndCheckedLikeACard() {
        var identify = new IdentifyApplicant(cardWith(SpecimenCards.LI_MEI, new byte[0]), DECODER, PEOPLE, CLOCK);
        var typed = identify.typed(" 张三\u200B", "１１０１０５１９４９１２３１００２ｘ", "北京市　西城区");
        assertThat(typed.problems()).isEmpty();
        assertThat(typed.person().idNumber()).isEqualTo("11010519491231002X");
        assertThat(typed.person().name()).isEqualTo("张三");
        assertThat(typed.person().address()).isEqualTo("北京市 西城区");
        assertThat(typed.person().birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(identify.typed("", "110105194912310021", "").problems()).containsExactly("field.required", "id.invalid.checkDigit");
    }

    @Test
    void thePlatformsRecordsComeForThePersonIdentified() throws Exception {
        var identify = new IdentifyApplicant(cardWith(SpecimenCards.LI_MEI, new byte[0]), DECODER, PEOPLE, CLOCK);
        var records = identify.records(identify.read(Duration.ZERO).person());
        assertThat(records.profile().phone()).isEqualTo("13800000000");
        assertThat(records.licences()).containsExactly(MARRIAGE);
        assertThat(identify.records(SpecimenCards.ZHANG_SAN)).isEqualTo(IdentifyApplicant.Records.NONE);
    }
}
