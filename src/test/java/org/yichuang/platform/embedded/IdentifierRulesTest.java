package org.yichuang.platform.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yichuang.domain.applicant.IdDocumentType;
import org.yichuang.domain.applicant.Sex;
import org.yichuang.domain.catalogue.Audience;
import org.yichuang.domain.catalogue.FieldGroup;
import org.yichuang.domain.catalogue.FieldType;
import org.yichuang.domain.catalogue.FormField;
import org.yichuang.domain.catalogue.CaseKind;
import org.yichuang.domain.catalogue.ItemType;
import org.yichuang.domain.catalogue.ServiceItem;
import org.yichuang.domain.cases.Principal;
import org.yichuang.domain.cases.CaseDecision;
import org.yichuang.domain.cases.CaseSubmission;
import org.yichuang.domain.cases.Channel;
import org.yichuang.domain.cases.SubjectType;
import org.yichuang.platform.Problem.FieldProblem;

/**
 * Field cases (issue 8, kind 6) on the platform's side: the same identifier rules as the window, whoever sends the
 * case. A USCC whose check does not match is taken only with the clerk's recorded confirmation.
 */
class IdentifierRulesTest {
    private static final ServiceItem ITEM = new ServiceItem("SC-0001", "样例企业事项", "市场监管局", ItemType.CONFIRMATION,
            Audience.ENTERPRISE, CaseKind.INSTANT, 5, 0, null, List.of(), List.of(), List.of(), List.of(),
            List.of(new FormField("enterprise.uscc", "统一社会信用代码", FieldType.USCC, true, null, null, List.of(), null,
                            FieldGroup.ENTERPRISE, List.of()),
                    new FormField("contact.phone", "联系电话", FieldType.PHONE, false, null, null, List.of(), null,
                            FieldGroup.CONTACT, List.of())),
            "窗口", "12345", false, List.of(), false, List.of());
    private static final Principal APPLICANT = new Principal("张三", IdDocumentType.RESIDENT_ID,
            "11010519491231002x", Sex.FEMALE, "汉", LocalDate.of(1949, 12, 31), "北京", "+86 13800138000");

    private static List<FieldProblem> problems(Map<String, String> form) {
        CaseSubmission sent = new CaseSubmission(SubjectType.ITEM, "SC-0001", APPLICANT, null, form, List.of(),
                CaseDecision.accept(), Channel.WINDOW, "clerk01", "01", "", OffsetDateTime.now());
        CaseSubmission canonical = CanonicalSubmission.of(sent, List.of(ITEM));
        return SubmissionValidator.problems(canonical, List.of(ITEM), LocalDate.of(2026, 11, 29));
    }

    @Test
    void aCheckMismatchWithoutTheClerksConfirmationIsRefusedNamingTheField() {
        assertThat(problems(Map.of("enterprise.uscc", "91610131MA6TXB9F2Q")))
                .anySatisfy(p -> assertThat(p.field()).isEqualTo("formData.enterprise.uscc"))
                .anySatisfy(p -> assertThat(p.message()).contains("enterprise.uscc.confirmed"));
    }

    @Test
    void aCheckMismatchWithTheConfirmationIsTaken() {
        assertThat(problems(Map.of("enterprise.uscc", "91610131ma6txb9f2q",
                "enterprise.uscc.confirmed", "统一社会信用代码的校验位与前 17 位不符；已核对营业执照原件")))
                .noneSatisfy(p -> assertThat(p.field()).startsWith("formData."));
    }

    @Test
    void aLowerCaseCodeAndAPhoneWithItsCountryCodeAreTakenAndStoredCanonical() {
        Map<String, String> form = Map.of("enterprise.uscc", "91610113ma6u7k2d3f", "contact.phone", "0086 029-8888 6666");
        assertThat(problems(form)).noneSatisfy(p -> assertThat(p.field()).startsWith("formData."));
        CaseSubmission canonical = CanonicalSubmission.of(new CaseSubmission(SubjectType.ITEM, "SC-0001", APPLICANT, null,
                form, List.of(), CaseDecision.accept(), Channel.WINDOW, "clerk01", "01", "", OffsetDateTime.now()), List.of(ITEM));
        assertThat(canonical.formData()).containsEntry("enterprise.uscc", "91610113MA6U7K2D3F")
                .containsEntry("contact.phone", "02988886666");
        assertThat(canonical.applicant().idNumber()).isEqualTo("11010519491231002X");
        assertThat(canonical.applicant().phone()).isEqualTo("13800138000");
    }

    @Test
    void whatIsNotAnIdentifierIsSaidInWords() {
        assertThat(problems(Map.of("enterprise.uscc", "9161013", "contact.phone", "12345")))
                .anySatisfy(p -> assertThat(p.message()).contains("统一社会信用代码").contains("18 位"))
                .anySatisfy(p -> assertThat(p.message()).contains("联系电话").contains("手机号码"));
    }

    @Test
    void the2023PermanentResidenceNumberIsCheckedLikeAnIdNumber() {
        for (String number : List.of("932682198501010017", "ABC123456789012", "932682198501010018", "9326821985010100")) {
            Principal foreigner = new Principal("张伟明", IdDocumentType.FOREIGNER_PERMANENT, number, Sex.MALE, "",
                    LocalDate.of(1985, 1, 1), "", "");
            CaseSubmission s = new CaseSubmission(SubjectType.ITEM, "SC-0001", foreigner, null, Map.of(), List.of(),
                    CaseDecision.accept(), Channel.WINDOW, "clerk01", "01", "", OffsetDateTime.now());
            boolean refused = SubmissionValidator.problems(s, List.of(ITEM), LocalDate.of(2026, 11, 29)).stream()
                    .anyMatch(p -> p.field().equals("applicant.idNumber"));
            assertThat(refused).as(number).isEqualTo(number.endsWith("8") || number.length() == 16);
        }
    }
}
