package org.yichuang.ui.clerk.acceptance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.yichuang.device.idcard.sim.SimulatedIdCardReader;
import org.yichuang.device.scan.SimulatedScanner;
import org.yichuang.documents.MaterialPdfs;
import org.yichuang.documents.PdfCaseDocuments;
import org.yichuang.domain.applicant.CardHolder;
import org.yichuang.domain.catalogue.Audience;
import org.yichuang.domain.catalogue.BundleGuide;
import org.yichuang.domain.catalogue.BundleSummary;
import org.yichuang.domain.catalogue.CaseKind;
import org.yichuang.domain.catalogue.FieldGroup;
import org.yichuang.domain.catalogue.FieldType;
import org.yichuang.domain.catalogue.FormField;
import org.yichuang.domain.catalogue.ItemSummary;
import org.yichuang.domain.catalogue.ItemType;
import org.yichuang.domain.catalogue.Material;
import org.yichuang.domain.catalogue.MaterialForm;
import org.yichuang.domain.catalogue.Page;
import org.yichuang.domain.catalogue.PrefillSource;
import org.yichuang.domain.catalogue.ServiceItem;
import org.yichuang.domain.catalogue.Situation;
import org.yichuang.domain.catalogue.SituationChoice;
import org.yichuang.domain.catalogue.SituationOption;
import org.yichuang.domain.cases.CaseRecord;
import org.yichuang.domain.cases.Subject;
import org.yichuang.domain.clerk.Clerk;
import org.yichuang.testing.NoDialogs;
import org.yichuang.testing.NoRecords;
import org.yichuang.testing.FakeCaseRecords;
import org.yichuang.testing.SameThreadTasks;
import org.yichuang.ui.clerk.CatalogueHit;
import org.yichuang.ui.clerk.ClerkNavigator;
import org.yichuang.ui.common.ErrorMessages;
import org.yichuang.ui.common.I18n;
import org.yichuang.usecase.DecideCase;
import org.yichuang.usecase.IdentifyApplicant;
import org.yichuang.usecase.MakeDocuments;
import org.yichuang.usecase.ProvideMaterial;
import org.yichuang.usecase.port.CaseOutbox;
import org.yichuang.usecase.port.IdCardReader;
import org.yichuang.usecase.port.ServiceCatalogue;

/**
 * The acceptance screen's models without a window: one item with an agent situation, the real use cases over fakes
 * that answer (a platform that knows nobody, case records that keep what is sent), real PDFs and a simulated scanner.
 */
final class AcceptanceFixture {
    static final SituationChoice AGENT = new SituationChoice("applicant-role", "agent");
    static final ServiceItem ITEM = new ServiceItem("GA-0001", "样例事项", "公安局", ItemType.CONFIRMATION,
            Audience.PERSON, CaseKind.INSTANT, 5, 0, null, List.of(), List.of(),
            List.of(new Situation("applicant-role", "由谁来办理？", List.of(new SituationOption("self", "本人办理"),
                    new SituationOption("agent", "委托他人代办")))),
            List.of(new Material("id-card", "申请人居民身份证", MaterialForm.ORIGINAL, 1, "", "居民身份证", false, List.of(), "")),
            List.of(field("applicant.name", PrefillSource.IDCARD_NAME), field("applicant.idNumber", PrefillSource.IDCARD_ID_NUMBER),
                    new FormField("agent.name", "代办人姓名", FieldType.TEXT, true, 30, null, List.of(), null, FieldGroup.AGENT, List.of(AGENT)),
                    new FormField("agent.idNumber", "代办人公民身份号码", FieldType.ID_NUMBER, true, null, null, List.of(), null,
                            FieldGroup.AGENT, List.of(AGENT))),
            "窗口", "12345", false, List.of(), false, List.of());
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    static final Clerk CLERK = new Clerk("clerk01", "李明", "厅", "01", "610000");

    final I18n i18n = new I18n(Locale.SIMPLIFIED_CHINESE);
    final List<String> navigation = new ArrayList<>();
    final FakeCaseRecords cases = new FakeCaseRecords();

    private static FormField field(String key, PrefillSource prefill) {
        return new FormField(key, key, key.endsWith("idNumber") ? FieldType.ID_NUMBER : FieldType.TEXT, true, null, null,
                List.of(), prefill, FieldGroup.APPLICANT, List.of());
    }

    AcceptanceViewModel model(CardHolder... cards) {
        return model(new SimulatedIdCardReader(List.of(cards), Duration.ZERO));
    }

    AcceptanceViewModel model(IdCardReader reader) {
        var services = new AcceptanceViewModel.Services(new IdentifyApplicant(reader, org.yichuang.usecase.port.PhotoDecoder.NONE,
                new NoRecords(), CLOCK), decide(), actions(), new SameThreadTasks(), navigator(), i18n, new ErrorMessages(i18n), CLOCK);
        return new AcceptanceViewModel(Subject.of(ITEM), CLERK, services);
    }

    /** Material actions over the real file normaliser and simulated scanner, and a platform that knows nobody. */
    MaterialActions actions() {
        var provide = new ProvideMaterial(new NoRecords(), new MaterialPdfs(), new SimulatedScanner(CLOCK), CLOCK);
        return new MaterialActions(new MaterialActions.Services(provide, new SameThreadTasks(), new NoDialogs(), i18n,
                new ErrorMessages(i18n)));
    }

    /** Deciding for real (documents as PDF/A) against case records that keep the submission; no outage, no outbox. */
    DecideCase decide() {
        CaseOutbox noOutbox = new CaseOutbox() {
            @Override public void keep(String key, org.yichuang.domain.cases.CaseSubmission s, java.util.Map<String, byte[]> f) {
                throw new AssertionError("nothing is kept when the platform answers");
            }
            @Override public List<Entry> entries() { return List.of(); }
            @Override public void sent(String key) { }
            @Override public void failed(String key, String reason) { }
        };
        return new DecideCase(cases, new MakeDocuments(catalogue(), new PdfCaseDocuments(Optional.empty())), noOutbox, CLOCK);
    }

    private static ServiceCatalogue catalogue() {
        return new ServiceCatalogue() {
            @Override public Page<ItemSummary> searchItems(String q, Audience a, int page, int size) { return new Page<>(List.of(), page, size, 0); }
            @Override public ServiceItem item(String code) { return ITEM; }
            @Override public Page<BundleSummary> searchBundles(String q, int page, int size) { return new Page<>(List.of(), page, size, 0); }
            @Override public BundleGuide bundle(String code) { throw new IllegalArgumentException("no bundle " + code); }
        };
    }

    ClerkNavigator navigator() {
        return new ClerkNavigator() {
            @Override public void signedIn(Clerk clerk) { navigation.add("signedIn"); }
            @Override public void home() { navigation.add("home"); }
            @Override public void guide(CatalogueHit hit) { navigation.add("guide"); }
            @Override public void acceptance(Subject guide) { navigation.add("acceptance"); }
            @Override public void documents(CaseRecord record, List<MakeDocuments.Document> documents) {
                navigation.add("documents " + documents.stream().map(d -> d.kind().name()).toList());
            }
            @Override public void kept(DecideCase.Kept kept) { navigation.add("kept"); }
            @Override public void evaluation(CaseRecord record) { navigation.add("evaluation"); }
            @Override public void myWork() { navigation.add("myWork"); }
        };
    }
}
