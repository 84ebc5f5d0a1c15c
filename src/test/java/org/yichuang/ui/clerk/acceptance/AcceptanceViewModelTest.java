package org.yichuang.ui.clerk.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yichuang.device.idcard.sim.SpecimenCards;
import org.yichuang.domain.applicant.CardHolder;
import org.yichuang.domain.applicant.Sex;
import org.yichuang.domain.catalogue.FieldGroup;
import org.yichuang.domain.catalogue.FieldType;
import org.yichuang.domain.catalogue.FormField;
import org.yichuang.domain.catalogue.ServiceItem;
import org.yichuang.domain.clerk.Clerk;
import org.yichuang.ui.clerk.ClerkNavigator;
import org.yichuang.domain.cases.Subject;
import org.yichuang.ui.common.ErrorMessages;
import org.yichuang.ui.common.I18n;
import org.yichuang.usecase.DecideCase;

/** The acceptance view model without a window: card, agent, manual entry, and what blocks accepting. */
class AcceptanceViewModelTest {
    private final AcceptanceFixture fixture = new AcceptanceFixture();
    private final List<String> navigation = fixture.navigation;
    private final I18n i18n = fixture.i18n;
    private static final Clock CLOCK = AcceptanceFixture.CLOCK;
    private static final ServiceItem ITEM = AcceptanceFixture.ITEM;

    private AcceptanceViewModel model(CardHolder... cards) {
        return fixture.model(cards);
    }

    private MaterialActions actions() {
        return fixture.actions();
    }

    private DecideCase decide() {
        return fixture.decide();
    }

    private ClerkNavigator recordingNavigator() {
        return fixture.navigator();
    }

    private static org.yichuang.usecase.IdentifyApplicant identify(org.yichuang.usecase.port.IdCardReader reader) {
        return new org.yichuang.usecase.IdentifyApplicant(reader, org.yichuang.usecase.port.PhotoDecoder.NONE,
                new org.yichuang.testing.NoRecords(), CLOCK);
    }

    private static String value(AcceptanceViewModel m, String key) {
        return m.fields().stream().filter(f -> f.field().key().equals(key)).findFirst().orElseThrow().valueProperty().get();
    }

    @Test
    void aReadCardFillsTheFormAndWarnsOfExpiry() {
        AcceptanceViewModel m = model(SpecimenCards.WANG_JIANGUO);
        m.people().readCard();
        assertThat(value(m, "applicant.name")).isEqualTo("王建国");
        assertThat(value(m, "applicant.idNumber")).isEqualTo("610522196001013011");
        assertThat(m.people().cardMessageProperty().get()).contains("过有效期");
    }

    @Test
    void theAgentIsReadAfterThePrincipalAndRecordedApart() {
        AcceptanceViewModel m = model(SpecimenCards.LI_MEI, SpecimenCards.ZHANG_SAN);
        assertThat(m.needsAgent()).isFalse();
        m.situations().getFirst().answerProperty().set(m.situations().getFirst().situation().options().get(1));
        assertThat(m.needsAgent()).isTrue();
        m.people().readCard();
        m.people().readAgentCard();
        assertThat(m.people().applicantProperty().get().name()).isEqualTo("李梅");
        assertThat(m.people().agentProperty().get().name()).isEqualTo("张三");
        assertThat(value(m, "agent.idNumber")).isEqualTo("11010519491231002X");
        assertThat(value(m, "applicant.name")).isEqualTo("李梅");
    }

    @Test
    void thePrincipalCannotBeTheirOwnAgent() {
        AcceptanceViewModel m = model(SpecimenCards.LI_MEI);
        m.people().readCard();
        m.people().readAgentCard();
        assertThat(m.people().agentProperty().get()).isNull();
        assertThat(m.people().agentMessageProperty().get()).contains("不能是申请人本人");
    }

    @Test
    void manualEntryIsCheckedLikeACard() {
        AcceptanceViewModel m = model(SpecimenCards.LI_MEI);
        assertThat(m.people().enterManually("李梅", "610113198803124524", "")).containsExactly("id.invalid.checkDigit");
        assertThat(m.people().enterManually(" ", "610113198803124523", "")).containsExactly("field.required");
        assertThat(m.people().applicantProperty().get()).isNull();
        assertThat(m.people().enterManually("李梅", "610113198803124523", "西安市")).isEmpty();
        CardHolder typed = m.people().applicantProperty().get();
        assertThat(typed.sex()).isEqualTo(Sex.FEMALE);
        assertThat(typed.birthDate()).hasToString("1988-03-12");
        assertThat(value(m, "applicant.idNumber")).isEqualTo("610113198803124523");
    }

    @Test
    void thePhotoIsNeverMadeUp() {
        AcceptanceViewModel simulated = model(SpecimenCards.LI_MEI);
        simulated.people().readCard();
        assertThat(simulated.people().photoProperty().get()).isNull();
        assertThat(simulated.people().photoNoteProperty().get()).contains("未提供证件照片");
        var services = new AcceptanceViewModel.Services(identify(new org.yichuang.usecase.port.IdCardReader() {
            @Override
            public org.yichuang.usecase.port.DeviceState state() {
                return null;
            }

            @Override
            public CardHolder read(Duration timeout) {
                return SpecimenCards.LI_MEI;
            }

            @Override
            public Identity readIdentity(Duration timeout) {
                return new Identity(SpecimenCards.LI_MEI, new byte[1024]);
            }
        }), decide(), actions(), new org.yichuang.testing.SameThreadTasks(), recordingNavigator(), i18n,
                new ErrorMessages(i18n), Clock.systemUTC());
        AcceptanceViewModel withPhoto = new AcceptanceViewModel(Subject.of(ITEM), new Clerk("c", "c", "h", "w", "610000"), services);
        withPhoto.people().readCard();
        assertThat(withPhoto.people().photoProperty().get()).isNull();
        assertThat(withPhoto.people().photoNoteProperty().get()).contains("WLT 解码库");
    }

    @Test
    void acceptingNeedsTheApplicantAndEveryMaterial() {
        AcceptanceViewModel m = model(SpecimenCards.LI_MEI);
        m.decisions().accept();
        assertThat(m.decisions().messageProperty().get()).contains("身份证");
        m.people().readCard();
        m.decisions().accept();
        assertThat(m.decisions().messageProperty().get()).contains("1 项材料未收取", "申请人居民身份证");
        assertThat(navigation).isEmpty();
    }

    @Test
    void theOneTimeNotificationListsEveryShortfallWithWhy() {
        AcceptanceViewModel m = model(SpecimenCards.LI_MEI);
        m.people().readCard();
        var all = m.decisions().shortfalls();
        assertThat(all).hasSize(1);
        assertThat(all.getFirst().subject()).startsWith("申请人居民身份证（原件");
        assertThat(all.getFirst().reason()).isEqualTo("样例事项需要此材料");
        m.fields().stream().filter(f -> f.field().key().equals("applicant.idNumber")).findFirst().orElseThrow()
                .valueProperty().set("610113198803124524");
        assertThat(m.decisions().shortfalls()).hasSize(2).last().satisfies(f -> {
            assertThat(f.subject()).contains("applicant.idNumber");
            assertThat(f.reason()).isNotBlank();
        });
    }

    @Test
    void aMaterialEveryItemRequiresCannotBeDeferred() {
        AcceptanceViewModel m = model(SpecimenCards.LI_MEI);
        MaterialModel idCard = m.materials().getFirst();
        assertThat(m.materialActions().defer(idCard, java.time.LocalDate.of(2026, 12, 1))).isFalse();
        assertThat(idCard.problemProperty().get()).contains("不允许容缺");
        assertThat(idCard.satisfied()).isFalse();
    }

    @Test
    void aRefusalNeedsOneOfTheItemsGrounds() {
        AcceptanceViewModel m = model(SpecimenCards.LI_MEI);
        m.people().readCard();
        m.decisions().refuse("我不想受理", "");
        assertThat(m.decisions().messageProperty().get()).contains("请选择不予受理的理由");
        assertThat(navigation).isEmpty();
        assertThat(m.decisions().refusalGrounds()).contains("申请事项依法不属于本机关职权范围").doesNotHaveDuplicates();
    }

    private AcceptanceViewModel failingWith(org.yichuang.usecase.port.IdCardReader.IdCardException failure) {
        var services = new AcceptanceViewModel.Services(identify(new org.yichuang.usecase.port.IdCardReader() {
            @Override
            public org.yichuang.usecase.port.DeviceState state() {
                return null;
            }

            @Override
            public CardHolder read(Duration timeout) throws IdCardException {
                throw failure;
            }
        }), decide(), actions(), new org.yichuang.testing.SameThreadTasks(), recordingNavigator(), i18n,
                new ErrorMessages(i18n), CLOCK);
        return new AcceptanceViewModel(Subject.of(ITEM), new Clerk("c", "c", "h", "w", "610000"), services);
    }

    @Test
    void aCardOfAnEditionNotSupportedIsSaidWithWhatItsCommonFieldsHold() {
        var edition = new org.yichuang.domain.applicant.UnsupportedEdition("Z", "张伟明", "932682198501010017",
                java.time.LocalDate.of(2023, 12, 1), java.time.LocalDate.of(2033, 11, 30));
        AcceptanceViewModel m = failingWith(org.yichuang.usecase.port.IdCardReader.IdCardException.unsupported(edition));
        m.people().readCard();
        assertThat(m.people().cardMessageProperty().get()).contains("暂不支持", "“Z”", "张伟明", "932682198501010017",
                "2033-11-30", "人工录入").doesNotContain("未检测到");
        assertThat(m.people().applicantProperty().get()).isNull();
    }

    @Test
    void aForeignersCardOfThe2023EditionIsTakenWithoutWarnings() {
        CardHolder foreigner = new CardHolder("张伟明", Sex.MALE, "", java.time.LocalDate.of(1985, 1, 1), "",
                "932682198501010017", "", java.time.LocalDate.of(2023, 12, 1), java.time.LocalDate.of(2033, 11, 30),
                org.yichuang.domain.applicant.IdDocumentType.FOREIGNER_PERMANENT, "ZHANG, WEIMING SPECIMEN", "SAU");
        AcceptanceViewModel m = model(foreigner);
        m.people().readCard();
        assertThat(m.people().applicantProperty().get().nationality()).isEqualTo("SAU");
        assertThat(m.people().cardMessageProperty().get()).isEmpty();
        assertThat(value(m, "applicant.idNumber")).isEqualTo("932682198501010017");
    }

    @Test
    void manualEntryTakesTheNumberAsPeopleTypeIt() {
        AcceptanceViewModel m = model(SpecimenCards.ZHANG_SAN);
        assertThat(m.people().enterManually("\u202A张三\u202C", "１１０１０５ １９４９１２３１ ００２ｘ", " 北京市\u200B ")).isEmpty();
        assertThat(m.people().applicantProperty().get().idNumber()).isEqualTo("11010519491231002X");
        assertThat(m.people().applicantProperty().get().name()).isEqualTo("张三");
        assertThat(m.people().applicantProperty().get().address()).isEqualTo("北京市");
    }

    @Test
    void aUsccCheckMismatchIsConfirmedByTheClerkAndRecorded() {
        FieldModel uscc = new FieldModel(new FormField("enterprise.uscc", "统一社会信用代码", FieldType.USCC, true, null, null,
                List.of(), null, FieldGroup.ENTERPRISE, List.of()), i18n);
        uscc.valueProperty().set("91610131ma6txb9f2q");
        assertThat(uscc.warningProperty().get()).contains("校验位");
        assertThat(uscc.errorProperty().get()).isEmpty();
        assertThat(uscc.validate(true)).isFalse();
        assertThat(uscc.errorProperty().get()).contains("勾选确认");
        uscc.confirmedProperty().set(true);
        assertThat(uscc.validate(true)).isTrue();
        assertThat(uscc.canonicalValue()).isEqualTo("91610131MA6TXB9F2Q");
        assertThat(uscc.confirmation()).contains("校验位");
        uscc.valueProperty().set("91610131MA6TXB9F2R");
        assertThat(uscc.confirmedProperty().get()).as("a confirmation is for the value seen").isFalse();
        uscc.valueProperty().set("91610113MA6U7K2D3F"); // a valid code: nothing to confirm
        assertThat(uscc.warningProperty().get()).isEmpty();
        assertThat(uscc.validate(true)).isTrue();
        assertThat(uscc.confirmation()).isNull();
    }

    @Test
    void aPhonePastedWithBidiMarksIsValidAndSubmittedAsDigits() {
        FieldModel phone = new FieldModel(new FormField("applicant.phone", "联系电话", FieldType.PHONE, true, null, null,
                List.of(), null, FieldGroup.CONTACT, List.of()), i18n);
        phone.valueProperty().set("\u202D13800138000\u202C");
        assertThat(phone.validate(true)).isTrue();
        assertThat(phone.errorProperty().get()).isEmpty();
        assertThat(phone.canonicalValue()).isEqualTo("13800138000");
        phone.valueProperty().set("138001380");
        assertThat(phone.errorProperty().get()).contains("手机号码");
    }

    /** Field report (issue 10): the agent too changes only when the clerk confirms, and the agent's fields follow. */
    @Test
    void anotherAgentsCardIsAChangeTheClerkConfirms() {
        AcceptanceViewModel m = model(SpecimenCards.LI_MEI, SpecimenCards.ZHANG_SAN, SpecimenCards.WANG_JIANGUO);
        m.situations().getFirst().answerProperty().set(m.situations().getFirst().situation().options().get(1));
        m.people().readCard();
        m.people().readAgentCard();
        m.people().readAgentCard();
        assertThat(m.people().agentProperty().get()).isEqualTo(SpecimenCards.ZHANG_SAN);
        assertThat(m.people().pendingProperty().get().role()).isEqualTo(ApplicantModel.Role.AGENT);
        assertThat(m.people().agentMessageProperty().get()).contains("王建国", "张三");
        m.people().confirmChange();
        assertThat(m.people().agentProperty().get()).isEqualTo(SpecimenCards.WANG_JIANGUO);
        assertThat(value(m, "agent.idNumber")).isEqualTo(SpecimenCards.WANG_JIANGUO.idNumber());
        assertThat(m.people().applicantProperty().get()).as("the principal stays").isEqualTo(SpecimenCards.LI_MEI);
    }
}
