package org.yichuang.ui.clerk.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.yichuang.device.idcard.sim.SpecimenCards;
import org.yichuang.domain.cases.CaseSubmission;
import org.yichuang.domain.cases.Channel;
import org.yichuang.domain.cases.Decision;
import org.yichuang.domain.cases.Provision;

/** Accept, notify and refuse from the acceptance screen's model: what reaches the platform, and where the clerk goes. */
class DecisionModelTest {
    private final AcceptanceFixture fixture = new AcceptanceFixture();

    @Test
    void acceptingSendsThePrincipalTheAgentApartAndTheScanThenShowsTheReceipt() {
        AcceptanceViewModel m = fixture.model(SpecimenCards.LI_MEI, SpecimenCards.ZHANG_SAN);
        m.situations().getFirst().answerProperty().set(m.situations().getFirst().situation().options().get(1));
        m.people().readCard();
        m.people().readAgentCard();
        m.materialActions().scan(m.materials().getFirst());
        m.decisions().accept();

        assertThat(m.decisions().messageProperty().get()).doesNotContain("未收取");
        assertThat(fixture.navigation).as(m.decisions().messageProperty().get()).containsExactly("documents [RECEIPT]");
        CaseSubmission sent = fixture.cases.submitted.getFirst();
        assertThat(sent.decision().decision()).isEqualTo(Decision.ACCEPT);
        assertThat(sent.channel()).isEqualTo(Channel.WINDOW);
        assertThat(sent.clerk()).isEqualTo("clerk01");
        assertThat(sent.applicant().name()).isEqualTo("李梅");
        assertThat(sent.agent().name()).isEqualTo("张三");
        assertThat(sent.agent().idNumber()).isEqualTo("11010519491231002X");
        assertThat(sent.materials()).singleElement().satisfies(p -> assertThat(p.provision()).isEqualTo(Provision.SCAN));
        assertThat(fixture.cases.uploaded()).containsExactly("id-card");
    }

    @Test
    void aNotificationListsTheMissingMaterialAndSendsNoFile() {
        AcceptanceViewModel m = fixture.model(SpecimenCards.LI_MEI);
        m.people().readCard();
        m.decisions().notifyShortfalls();

        assertThat(fixture.navigation).containsExactly("documents [NOTIFICATION]");
        CaseSubmission sent = fixture.cases.submitted.getFirst();
        assertThat(sent.decision().decision()).isEqualTo(Decision.NOTIFY);
        assertThat(sent.decision().shortfalls()).singleElement()
                .satisfies(s -> assertThat(s.subject()).startsWith("申请人居民身份证"));
        assertThat(sent.agent()).isNull();
        assertThat(fixture.cases.uploaded()).isEmpty();
    }

    @Test
    void aRefusalCarriesTheGroundAndTheClerksWordsStripped() {
        AcceptanceViewModel m = fixture.model(SpecimenCards.LI_MEI);
        m.people().readCard();
        String ground = m.decisions().refusalGrounds().getFirst();
        m.decisions().refuse(ground, "  不属于本机关  ");

        assertThat(fixture.navigation).containsExactly("documents [REFUSAL]");
        CaseSubmission sent = fixture.cases.submitted.getFirst();
        assertThat(sent.decision().decision()).isEqualTo(Decision.REFUSE);
        assertThat(sent.decision().ground()).isEqualTo(ground);
        assertThat(sent.decision().detail()).isEqualTo("不属于本机关");
        assertThat(sent.materials()).isEmpty();
    }

    @Test
    void nothingIsSentWhileTheApplicantIsUnknown() {
        AcceptanceViewModel m = fixture.model(SpecimenCards.LI_MEI);
        m.decisions().notifyShortfalls();
        m.decisions().refuse(m.decisions().refusalGrounds().getFirst(), "");
        assertThat(fixture.cases.submitted).isEmpty();
        assertThat(fixture.navigation).isEmpty();
    }

    /** Field report (issue 10): "表单中有 5 处需要修改" stayed after the fields were fixed. */
    @Test
    void theFootersCountFollowsTheFields() {
        AcceptanceViewModel m = fixture.model(SpecimenCards.LI_MEI);
        m.people().readCard();
        var idNumber = m.fields().stream().filter(f -> f.field().key().equals("applicant.idNumber")).findFirst().orElseThrow();
        var name = m.fields().stream().filter(f -> f.field().key().equals("applicant.name")).findFirst().orElseThrow();
        idNumber.valueProperty().set("610113198803124524");
        name.valueProperty().set("");
        m.decisions().accept();
        assertThat(m.decisions().messageProperty().get()).contains("2");
        idNumber.valueProperty().set("610113198803124523");
        assertThat(m.decisions().messageProperty().get()).contains("1").doesNotContain("2");
        name.valueProperty().set("李梅");
        assertThat(m.decisions().messageProperty().get()).isEmpty();
        assertThat(fixture.cases.submitted).isEmpty();
    }
}
