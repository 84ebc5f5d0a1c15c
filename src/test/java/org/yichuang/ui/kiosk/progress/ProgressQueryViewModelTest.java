package org.yichuang.ui.kiosk.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.yichuang.documents.Samples;
import org.yichuang.domain.cases.CaseNumbers;
import org.yichuang.domain.cases.CaseProgress;
import org.yichuang.domain.cases.CaseRecord;
import org.yichuang.domain.cases.CaseStatus;
import org.yichuang.domain.cases.DocumentKind;
import org.yichuang.domain.cases.StatusChange;
import org.yichuang.testing.FakeCaseRecords;
import org.yichuang.testing.SameThreadTasks;
import org.yichuang.ui.common.ErrorMessages;
import org.yichuang.ui.common.I18n;
import org.yichuang.usecase.QueryProgress;
import org.yichuang.usecase.port.PlatformException;

/** 查询办件进度 without a window: keypad digits, the check digit caught here, the timeline of a case found. */
class ProgressQueryViewModelTest {
    private static final String NUMBER = CaseNumbers.of(LocalDate.of(2026, 11, 22), 1); // 202611220000012
    private static final OffsetDateTime REVIEWED = Samples.AT.plusDays(1).withHour(9).withMinute(5);
    private static final CaseRecord NEWBORN = underReview(Samples.forKind(DocumentKind.RECEIPT));
    private final I18n i18n = new I18n(Locale.SIMPLIFIED_CHINESE);
    private final FakeCaseRecords cases = new FakeCaseRecords().holding(NEWBORN);
    private final ProgressQueryViewModel model = new ProgressQueryViewModel(new QueryProgress(cases),
            new SameThreadTasks(), i18n, new ErrorMessages(i18n));

    /** The specimen newborn case under a valid number, moved on to review the next morning. */
    private static CaseRecord underReview(CaseRecord r) {
        return new CaseRecord(NUMBER, r.subjectType(), r.subjectCode(), r.subjectName(), CaseStatus.UNDER_REVIEW,
                r.applicant(), r.agent(), r.formData(), r.materials(), r.decision(), r.channel(), r.window(), r.clerk(),
                r.acceptingRegion(), r.handlingRegion(), r.acceptedAt(), r.promisedBy(),
                List.of(new StatusChange(CaseStatus.ACCEPTED, Samples.AT, ""),
                        new StatusChange(CaseStatus.UNDER_REVIEW, REVIEWED, "材料审查")));
    }

    private void type(String keys) {
        keys.chars().forEach(c -> model.press((char) c));
    }

    @Test
    void theKeypadTakesFifteenDigitsAndNothingElse() {
        assertThat(model.messageProperty().get()).isEqualTo("请输入 15 位办件编号");
        model.delete(); // nothing to delete yet
        type("2026-11a22 0000012");
        assertThat(model.digitsProperty().get()).isEqualTo("202611220000012");
        type("7");
        assertThat(model.digitsProperty().get()).hasSize(CaseNumbers.LENGTH);
        model.delete();
        assertThat(model.digitsProperty().get()).isEqualTo("20261122000001");
    }

    @Test
    void aValidNumberShowsTheCasesTimeline() {
        type(NUMBER);
        model.submit();
        assertThat(cases.calls).containsExactly("progress:" + NUMBER);
        CaseProgress shown = model.resultProperty().get();
        assertThat(shown.subjectName()).isEqualTo("新生儿出生一件事");
        assertThat(shown.applicantMasked()).isEqualTo("李*");
        assertThat(shown.timeline()).isEqualTo(NEWBORN.timeline());
        assertThat(model.statusText(shown)).isEqualTo("审查中");
        assertThat(model.when(shown.timeline().getLast().at())).isEqualTo("2026年11月23日 09:05");
        assertThat(model.day(shown.promisedBy())).isEqualTo("2026年11月27日");
        assertThat(model.messageProperty().get()).isEmpty();
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void aNumberThePlatformDoesNotKnowIsSaidSo() {
        type(CaseNumbers.of(LocalDate.of(2026, 11, 22), 99));
        model.submit();
        assertThat(model.messageProperty().get()).isEqualTo("没有找到这个办件，请核对编号");
        assertThat(model.resultProperty().get()).isNull();
    }

    @Test
    void aShortOrMistypedNumberIsCaughtBeforeAskingThePlatform() {
        type("20261122000001");
        model.submit();
        assertThat(model.messageProperty().get()).isEqualTo("办件编号是 15 位数字，请核对回执");
        type("9"); // the check digit is 2
        model.submit();
        assertThat(model.messageProperty().get()).isEqualTo("办件编号有误，请核对回执上的数字");
        assertThat(cases.calls).isEmpty();
    }

    @Test
    void anUnreachablePlatformIsNotCalledAnUnknownNumber() {
        cases.failWith(new PlatformException(PlatformException.Kind.UNREACHABLE, "connection refused"));
        type(NUMBER);
        model.submit();
        assertThat(model.messageProperty().get()).isEqualTo("无法连接政务服务平台，请检查网络；已填写的内容不会丢失");
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void clearingForgetsTheNumberAndTheCase() {
        type(NUMBER);
        model.submit();
        model.clear();
        assertThat(model.digitsProperty().get()).isEmpty();
        assertThat(model.resultProperty().get()).isNull();
        assertThat(model.messageProperty().get()).isEqualTo("请输入 15 位办件编号");
    }

    /** Found by the view-model tests (issue 9): a later query left the previous case's timeline beside its message. */
    @Test
    void aNewNumberOrAFailedQueryNeverLeavesThePreviousCaseOnScreen() {
        type(NUMBER);
        model.submit();
        assertThat(model.resultProperty().get()).isNotNull();
        model.delete();
        assertThat(model.resultProperty().get()).as("editing the number").isNull();
        type(NUMBER.substring(NUMBER.length() - 1));
        model.submit();
        cases.failWith(new PlatformException(PlatformException.Kind.UNREACHABLE, "connection refused"));
        model.submit();
        assertThat(model.resultProperty().get()).as("after a failed query").isNull();
    }

    /** Found by the view-model tests (issue 9): a refused or notified case has no promised day, and the screen threw. */
    @Test
    void aCaseWithoutAPromisedDayIsShownWithoutOne() {
        assertThat(model.day(null)).isEmpty();
    }

    /** Field report (issue 12): an error stayed after the digits it was about were deleted. */
    @Test
    void anErrorGoesWithTheDigitsItWasAbout() {
        type("123");
        model.submit();
        assertThat(model.messageProperty().get()).isEqualTo("办件编号是 15 位数字，请核对回执");
        model.delete();
        assertThat(model.messageProperty().get()).isEqualTo("请输入 15 位办件编号");
        model.submit();
        type("4");
        assertThat(model.messageProperty().get()).isEqualTo("请输入 15 位办件编号");
    }
}
