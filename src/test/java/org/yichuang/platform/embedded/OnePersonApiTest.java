package org.yichuang.platform.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.yichuang.device.idcard.sim.SpecimenCards;
import org.yichuang.domain.cases.CaseDecision;
import org.yichuang.domain.cases.CaseSubmission;
import org.yichuang.domain.cases.MaterialProvision;
import org.yichuang.domain.cases.Provision;
import org.yichuang.domain.cases.SubjectType;
import org.yichuang.platform.Submissions;
import org.yichuang.platform.TestPlatform;
import org.yichuang.platform.client.HttpPlatform;
import org.yichuang.usecase.port.PlatformException;

/**
 * Field report (issue 10): the platform stored 李梅 as the applicant with 张三's form data and e-licence, and a newborn
 * born in the future. Over HTTP: each such submission is answered 422 naming the field; the right one is taken.
 */
class OnePersonApiTest {
    private final TestPlatform platform = TestPlatform.start();
    private final HttpPlatform client = platform.signedIn();

    @AfterEach
    void stop() {
        platform.close();
        platform.deleteData();
    }

    /** 李梅's newborn application, changed by {@code change}, accepted. */
    private CaseSubmission newborn(UnaryOperator<Map<String, String>> change, List<MaterialProvision> extra) {
        var valid = Submissions.valid(SubjectType.BUNDLE, "YJS-08", client.bundle("YJS-08").items(), SpecimenCards.LI_MEI);
        Map<String, String> form = change.apply(new HashMap<>(valid.formData()));
        List<MaterialProvision> materials = new ArrayList<>(valid.materials());
        for (MaterialProvision m : extra) {
            materials.removeIf(p -> p.materialId().equals(m.materialId()));
            materials.add(m);
        }
        return new CaseSubmission(valid.subjectType(), valid.subjectCode(), valid.applicant(), null, form, materials,
                CaseDecision.accept(), valid.channel(), valid.clerk(), valid.window(), "", null);
    }

    private List<String> refused(CaseSubmission s) {
        PlatformException e = catchThrowableOfType(PlatformException.class,
                () -> client.submitCase(UUID.randomUUID().toString(), s));
        assertThat(e).as("refused").isNotNull();
        assertThat(e.kind()).isEqualTo(PlatformException.Kind.INVALID_REQUEST);
        return e.fieldErrors().stream().map(f -> f.field() + " " + f.message()).toList();
    }

    @Test
    void theApplicantAsSubmittedIsTaken() {
        assertThat(client.submitCase(UUID.randomUUID().toString(), newborn(f -> f, List.of())).applicant().name())
                .isEqualTo("李梅");
    }

    @Test
    void aFormNamingAnotherPersonIsRefused() {
        assertThat(refused(newborn(f -> {
            f.put("applicant.idNumber", SpecimenCards.ZHANG_SAN.idNumber().toLowerCase());
            f.put("applicant.name", "张三");
            return f;
        }, List.of()))).anySatisfy(p -> assertThat(p).startsWith("formData.applicant.idNumber").contains("不一致"))
                .anySatisfy(p -> assertThat(p).startsWith("formData.applicant.name"));
    }

    @Test
    void anELicenceOfAnotherPersonIsRefused() {
        String hers = client.licences(SpecimenCards.LI_MEI.idNumber()).stream().filter(l -> l.type().equals("居民户口簿"))
                .findFirst().orElseThrow().licenceNumber();
        String his = client.licences(SpecimenCards.ZHANG_SAN.idNumber()).stream().filter(l -> l.type().equals("居民户口簿"))
                .findFirst().orElseThrow().licenceNumber();
        var material = client.bundle("YJS-08").items().stream().flatMap(i -> i.materials().stream())
                .filter(m -> "居民户口簿".equals(m.elicenceType())).findFirst().orElseThrow();
        byte[] pdf = client.licenceFile(his);
        assertThat(refused(newborn(f -> f, List.of(MaterialProvision.file(material.id(), material.name(), Provision.ELICENCE,
                his, pdf))))).anySatisfy(p -> assertThat(p).startsWith("materials." + material.id()).contains(his, "不属于申请人"));
        byte[] own = client.licenceFile(hers);
        assertThat(client.submitCase(UUID.randomUUID().toString(), newborn(f -> f, List.of(MaterialProvision.file(material.id(),
                material.name(), Provision.ELICENCE, hers, own)))).caseNumber()).isNotBlank();
    }

    @Test
    void aNewbornBornTomorrowOrBeforeTheMotherIsRefused() {
        String tomorrow = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(1).toString();
        assertThat(refused(newborn(f -> {
            f.put("newborn.birthDate", tomorrow);
            return f;
        }, List.of()))).anySatisfy(p -> assertThat(p).startsWith("formData.newborn.birthDate").contains("不能晚于今天"));
        assertThat(refused(newborn(f -> {
            f.put("newborn.birthDate", "1980-01-01");
            return f;
        }, List.of()))).anySatisfy(p -> assertThat(p).contains("不能早于申请人出生日期", "1988-03-12"));
    }
}
