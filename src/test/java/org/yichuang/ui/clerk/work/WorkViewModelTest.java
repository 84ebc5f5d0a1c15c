package org.yichuang.ui.clerk.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yichuang.device.idcard.sim.SpecimenCards;
import org.yichuang.device.scan.SimulatedScanner;
import org.yichuang.documents.MaterialPdfs;
import org.yichuang.documents.Samples;
import org.yichuang.domain.cases.CaseNumbers;
import org.yichuang.domain.cases.CaseRecord;
import org.yichuang.domain.cases.CaseStatus;
import org.yichuang.domain.cases.CaseSummary;
import org.yichuang.domain.cases.DocumentKind;
import org.yichuang.domain.cases.SubjectType;
import org.yichuang.domain.clerk.Clerk;
import org.yichuang.domain.clerk.PendingMaterial;
import org.yichuang.domain.clerk.WorkList;
import org.yichuang.platform.Submissions;
import org.yichuang.testing.FakeCaseRecords;
import org.yichuang.testing.FakeCatalogue;
import org.yichuang.testing.MemoryOutbox;
import org.yichuang.testing.NoDialogs;
import org.yichuang.testing.NoRecords;
import org.yichuang.testing.RecordingClerkNavigator;
import org.yichuang.testing.SameThreadTasks;
import org.yichuang.ui.common.ErrorMessages;
import org.yichuang.ui.common.I18n;
import org.yichuang.usecase.MakeDocuments;
import org.yichuang.usecase.MyWork;
import org.yichuang.usecase.ProvideMaterial;
import org.yichuang.usecase.SendOutbox;
import org.yichuang.usecase.port.CaseDocuments;
import org.yichuang.usecase.port.ClerkWork;
import org.yichuang.usecase.port.PlatformException;
import org.yichuang.usecase.port.PlatformException.Kind;

/** My work without a window: the day's cases, deferred materials coming due, and the outbox sent on request. */
class WorkViewModelTest {
    /** 01:30 on 22 November in Xi'an, still the 21st in UTC: the day is the hall's. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T17:30:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final CaseRecord NEWBORN = Samples.forKind(DocumentKind.RECEIPT);
    private static final CaseSummary OTHER = new CaseSummary(CaseNumbers.of(TODAY, 2), "出生登记", CaseStatus.REFUSED,
            Samples.AT, null);
    private static final PendingMaterial PHOTO = pending("id-photo", "近期免冠彩色证件照", TODAY.minusDays(1));
    private static final PendingMaterial DUE_TODAY = pending("hukou", "居民户口簿", TODAY);
    private final I18n i18n = new I18n(Locale.SIMPLIFIED_CHINESE);
    private final FakeCaseRecords cases = new FakeCaseRecords().holding(NEWBORN);
    private final MemoryOutbox outbox = new MemoryOutbox();
    private final RecordingClerkNavigator navigator = new RecordingClerkNavigator();
    private final List<LocalDate> daysAsked = new ArrayList<>();
    private PlatformException workOutage;

    private static PendingMaterial pending(String id, String name, LocalDate due) {
        return new PendingMaterial(NEWBORN.caseNumber(), NEWBORN.subjectName(), id, name, due, "李*");
    }

    /** 我的办件 as the platform answers it, or its outage. */
    private final ClerkWork work = day -> {
        daysAsked.add(day);
        if (workOutage != null) {
            throw workOutage;
        }
        return new WorkList(List.of(NEWBORN.summary(), OTHER), List.of(PHOTO, DUE_TODAY));
    };

    /** Documents that say only what they are: the PDFs themselves are tested in documents. */
    private static final CaseDocuments DOCUMENTS = new CaseDocuments() {
        @Override public Rendered render(DocumentKind kind, CaseRecord record, DocumentContext context) {
            return new Rendered(("%PDF " + kind + " " + context.clerkName()).getBytes(StandardCharsets.UTF_8), Set.of());
        }
        @Override public Set<Integer> missingGlyphs(String text) { return Set.of(); }
        @Override public PagePixels firstPage(byte[] pdf, float dpi) { return new PagePixels(1, 1, new int[1]); }
    };

    private WorkViewModel model() {
        var provide = new ProvideMaterial(new NoRecords(), new MaterialPdfs(), new SimulatedScanner(CLOCK), CLOCK);
        var myWork = new MyWork(work, cases, provide, new MakeDocuments(new FakeCatalogue(), DOCUMENTS));
        var services = new WorkViewModel.Services(myWork, new SendOutbox(cases, outbox), new SameThreadTasks(),
                new NoDialogs(), navigator, i18n, new ErrorMessages(i18n), CLOCK);
        return new WorkViewModel(new Clerk("clerk01", "李明", "西安市政务服务中心", "01", "610000"), services);
    }

    @Test
    void todaysCasesAndDeferredMaterialsAreListedWithTheOverdueFlagged() {
        WorkViewModel m = model();
        assertThat(daysAsked).containsExactly(TODAY);
        assertThat(m.cases()).containsExactly(NEWBORN.summary(), OTHER);
        assertThat(m.statusText(OTHER)).isEqualTo("不予受理");
        assertThat(m.pending()).containsExactly(PHOTO, DUE_TODAY);
        assertThat(m.overdue(PHOTO)).isTrue();
        assertThat(m.overdue(DUE_TODAY)).isFalse(); // due today is still in time
        assertThat(m.messageProperty().get()).isEmpty();
    }

    @Test
    void aCaseIsFoundByPartOfItsNumberTypedFullWidth() {
        WorkViewModel m = model();
        m.filterProperty().set("００００１２");
        assertThat(m.cases()).containsExactly(NEWBORN.summary());
        m.filterProperty().set("");
        assertThat(m.cases()).hasSize(2);
    }

    @Test
    void anUnreadableWorkListSaysSo() {
        workOutage = new PlatformException(Kind.TIMEOUT, "read timed out");
        WorkViewModel m = model();
        assertThat(m.cases()).isEmpty();
        assertThat(m.messageProperty().get())
                .isEqualTo("未能读取今日办件：政务服务平台响应超时，请稍后重试；已填写的内容不会丢失");
    }

    @Test
    void keptDecisionsAreCountedAndSentOnRequestUntilThePlatformIsAway() {
        var submission = Submissions.valid(SubjectType.BUNDLE, "YJS-08", FakeCatalogue.NEWBORN.items(), SpecimenCards.LI_MEI);
        outbox.keep("k1", submission, Map.of());
        outbox.keep("k2", submission, Map.of());
        outbox.keep("k3", submission, Map.of());
        cases.refusing("k2", new PlatformException(Kind.UNREACHABLE, "connection refused"));
        WorkViewModel m = model();
        assertThat(m.keptProperty().get()).isEqualTo(3);
        m.sendKept();
        assertThat(cases.calls).containsExactly("submit:k1", "submit:k2"); // k3 waits: the platform is away
        assertThat(m.messageProperty().get()).isEqualTo("已发送 1 件，仍待发送 2 件");
        assertThat(m.keptProperty().get()).isEqualTo(2);
        assertThat(outbox.entries().getFirst().lastError()).isEqualTo("connection refused");
        assertThat(m.busyProperty().get()).isFalse();
    }

    @Test
    void aScanSuppliesADeferredMaterialAndTheListIsReadAgain() {
        WorkViewModel m = model();
        m.supplyScan(PHOTO);
        assertThat(cases.calls).containsExactly("upload:202611220000012/id-photo");
        assertThat(m.messageProperty().get()).isEqualTo("已补齐“近期免冠彩色证件照”（办件 202611220000012）");
        assertThat(daysAsked).hasSize(2);
    }

    @Test
    void aCasesDocumentsAreMadeAgainForTheClerk() {
        model().documents(NEWBORN.summary());
        assertThat(navigator.moves).containsExactly("documents");
        assertThat(navigator.carried).isEqualTo(NEWBORN);
        assertThat(navigator.documents).extracting(MakeDocuments.Document::kind)
                .containsExactly(DocumentKind.RECEIPT, DocumentKind.COMMITMENT); // the photo is deferred
        assertThat(new String(navigator.documents.getFirst().pdf(), StandardCharsets.UTF_8)).isEqualTo("%PDF RECEIPT 李明");
    }
}
