package org.yichuang.ui.clerk.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.yichuang.device.idcard.sim.SimulatedIdCardReader;
import org.yichuang.device.idcard.sim.SpecimenCards;
import org.yichuang.device.scan.SimulatedScanner;
import org.yichuang.documents.MaterialPdfs;
import org.yichuang.documents.PdfCaseDocuments;
import org.yichuang.domain.applicant.CardHolder;
import org.yichuang.domain.cases.CaseRecord;
import org.yichuang.domain.cases.Subject;
import org.yichuang.domain.cases.SubjectType;
import org.yichuang.domain.clerk.Clerk;
import org.yichuang.platform.Submissions;
import org.yichuang.platform.TestPlatform;
import org.yichuang.platform.client.HttpPlatform;
import org.yichuang.store.SqliteCaseOutbox;
import org.yichuang.testing.NoDialogs;
import org.yichuang.testing.SameThreadTasks;
import org.yichuang.ui.common.ErrorMessages;
import org.yichuang.ui.common.I18n;
import org.yichuang.usecase.DecideCase;
import org.yichuang.usecase.IdentifyApplicant;
import org.yichuang.usecase.MakeDocuments;
import org.yichuang.usecase.ProvideMaterial;
import org.yichuang.usecase.port.PhotoDecoder;

/**
 * Field report (issue 10): three cards read in one acceptance of the newborn bundle gave a case naming the last person
 * with the first one's form, phone and e-licences. Against the real platform: nothing of the people before survives.
 */
class OneApplicantTest {
    private final TestPlatform platform = TestPlatform.start();
    private final HttpPlatform client = platform.signedIn();
    private final I18n i18n = new I18n(Locale.SIMPLIFIED_CHINESE);
    private final AcceptanceFixture fixture = new AcceptanceFixture();

    @AfterEach
    void stop() {
        platform.close();
        platform.deleteData();
    }

    private AcceptanceViewModel newborn(CardHolder... cards) {
        var clock = AcceptanceFixture.CLOCK;
        var provide = new ProvideMaterial(client, new MaterialPdfs(), new SimulatedScanner(clock), clock);
        var actions = new MaterialActions(new MaterialActions.Services(provide, new SameThreadTasks(), new NoDialogs(), i18n,
                new ErrorMessages(i18n)));
        var decide = new DecideCase(client, new MakeDocuments(client, new PdfCaseDocuments(Optional.empty())),
                new SqliteCaseOutbox(platform.dataDirectory.resolve("outbox"), clock), clock);
        var services = new AcceptanceViewModel.Services(new IdentifyApplicant(new SimulatedIdCardReader(List.of(cards),
                Duration.ZERO), PhotoDecoder.NONE, client, clock), decide, actions, new SameThreadTasks(), fixture.navigator(),
                i18n, new ErrorMessages(i18n), clock);
        return new AcceptanceViewModel(Subject.of(client.bundle("YJS-08")), new Clerk("clerk01", "李明", "西安市政务服务中心",
                "综合受理 01 号窗口", "610000"), services);
    }

    @Test
    void threeCardsInOneAcceptanceLeaveOnlyTheLastPersonInTheCase() {
        AcceptanceViewModel m = newborn(SpecimenCards.ZHANG_SAN, SpecimenCards.WANG_JIANGUO, SpecimenCards.LI_MEI);
        m.people().readCard();
        assertThat(m.materials()).anyMatch(MaterialModel::satisfied); // 张三's 户口簿 e-licence was taken
        m.fields().stream().filter(f -> f.field().key().equals("applicant.phone")).forEach(f -> f.valueProperty().set("13911112222"));
        for (CardHolder next : List.of(SpecimenCards.WANG_JIANGUO, SpecimenCards.LI_MEI)) {
            m.people().readCard();
            assertThat(m.people().applicantProperty().get().idNumber()).as("not taken before the clerk confirms")
                    .isNotEqualTo(next.idNumber());
            assertThat(m.people().cardMessageProperty().get()).contains(next.name(), "清除");
            m.people().confirmChange();
            assertThat(m.people().applicantProperty().get()).isEqualTo(next);
        }
        var filler = Submissions.valid(SubjectType.BUNDLE, "YJS-08", m.subject().items(), SpecimenCards.LI_MEI).formData();
        m.fields().stream().filter(f -> f.valueProperty().get().isBlank())
                .forEach(f -> f.valueProperty().set(filler.getOrDefault(f.field().key(), "")));
        m.materials().stream().filter(mm -> !mm.satisfied()).forEach(mm -> m.materialActions().scan(mm));
        m.decisions().accept();

        assertThat(fixture.navigation).as(m.decisions().messageProperty().get()).singleElement()
                .asString().startsWith("documents");
        CaseRecord stored = client.casesOf(SpecimenCards.LI_MEI.idNumber()).stream()
                .map(c -> client.caseRecord(c.caseNumber())).findFirst().orElseThrow();
        assertThat(stored.applicant().idNumber()).isEqualTo(SpecimenCards.LI_MEI.idNumber());
        List<String> traces = new ArrayList<>(stored.formData().values());
        traces.add(stored.applicant().phone());
        stored.materials().forEach(mm -> traces.add(mm.licenceNumber()));
        for (CardHolder before : List.of(SpecimenCards.ZHANG_SAN, SpecimenCards.WANG_JIANGUO)) {
            var profile = client.profile(before.idNumber());
            List<String> theirs = new ArrayList<>(List.of(before.name(), before.idNumber(), before.address(), "13911112222"));
            theirs.addAll(List.of(profile.phone(), profile.residenceAddress()));
            client.licences(before.idNumber()).forEach(l -> theirs.add(l.licenceNumber()));
            theirs.removeIf(String::isBlank);
            assertThat(traces).as("what the case holds of " + before.name()).noneMatch(t -> theirs.stream().anyMatch(t::contains));
        }
        assertThat(stored.materials()).filteredOn(mm -> !mm.licenceNumber().isBlank()).isNotEmpty()
                .allSatisfy(mm -> assertThat(client.licences(SpecimenCards.LI_MEI.idNumber()))
                        .anyMatch(l -> l.licenceNumber().equals(mm.licenceNumber())));
    }

    @Test
    void theSamePersonReadAgainChangesNothingAndCancellingKeepsThePerson() {
        AcceptanceViewModel m = newborn(SpecimenCards.LI_MEI, SpecimenCards.LI_MEI, SpecimenCards.ZHANG_SAN);
        m.people().readCard();
        m.fields().stream().filter(f -> f.field().key().equals("applicant.phone")).forEach(f -> f.valueProperty().set("13911112222"));
        m.people().readCard();
        assertThat(m.people().pendingProperty().get()).isNull();
        m.people().readCard();
        assertThat(m.people().pendingProperty().get()).isNotNull();
        m.people().cancelChange();
        assertThat(m.people().applicantProperty().get()).isEqualTo(SpecimenCards.LI_MEI);
        assertThat(m.fields()).filteredOn(f -> f.field().key().equals("applicant.phone"))
                .allSatisfy(f -> assertThat(f.valueProperty().get()).isEqualTo("13911112222"));
        assertThat(m.people().cardMessageProperty().get()).contains("已保留");
    }

    /**
     * Field report (issue 10): answering 非婚生育 and back dropped the marriage certificate taken from the e-licences, and
     * 非婚生育 still asked for the spouse.
     */
    @Test
    void anAnswerChangedAndBackKeepsWhatIsStillValidAndDecidesTheFields() {
        AcceptanceViewModel m = newborn(SpecimenCards.LI_MEI);
        m.people().readCard();
        MaterialModel marriage = m.materials().stream().filter(mm -> mm.material().id().equals("marriage-certificate"))
                .findFirst().orElseThrow();
        assertThat(marriage.satisfied()).as("taken from her e-licences").isTrue();
        SituationModel marital = m.situations().stream().filter(sm -> sm.situation().id().equals("parents-marital-status"))
                .findFirst().orElseThrow();
        var married = marital.answerProperty().get();
        marital.answerProperty().set(marital.situation().options().stream().filter(o -> o.id().equals("unmarried"))
                .findFirst().orElseThrow());
        assertThat(m.fields()).noneMatch(f -> f.field().key().startsWith("spouse."));
        assertThat(m.materials()).noneMatch(mm -> mm.material().id().equals("marriage-certificate"));
        marital.answerProperty().set(married);
        assertThat(m.fields()).filteredOn(f -> f.field().key().equals("spouse.name"))
                .singleElement().satisfies(f -> assertThat(f.valueProperty().get()).isEqualTo("王小明"));
        assertThat(m.materials()).filteredOn(mm -> mm.material().id().equals("marriage-certificate"))
                .singleElement().satisfies(mm -> assertThat(mm.satisfied()).as("the e-licence kept").isTrue());
    }
}
