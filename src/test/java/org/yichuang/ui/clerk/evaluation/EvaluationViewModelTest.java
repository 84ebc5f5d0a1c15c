package org.yichuang.ui.clerk.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.yichuang.documents.Samples;
import org.yichuang.domain.cases.CaseRecord;
import org.yichuang.domain.cases.Channel;
import org.yichuang.domain.cases.DocumentKind;
import org.yichuang.domain.evaluation.Evaluation;
import org.yichuang.domain.evaluation.Indicator;
import org.yichuang.domain.evaluation.Rating;
import org.yichuang.testing.SameThreadTasks;
import org.yichuang.ui.common.ErrorMessages;
import org.yichuang.ui.common.I18n;
import org.yichuang.usecase.RateService;
import org.yichuang.usecase.port.PlatformException;
import org.yichuang.usecase.port.ServiceEvaluations;

/** 好差评 without a window: a good rating goes at once, a bad one only with its aspects and reason; done once. */
class EvaluationViewModelTest {
    private static final CaseRecord CASE = Samples.forKind(DocumentKind.RECEIPT);
    private final I18n i18n = new I18n(Locale.SIMPLIFIED_CHINESE);
    private final List<Evaluation> recorded = new ArrayList<>();
    private int done;
    private PlatformException refusal;

    /** The platform's 好差评: records each rating, or refuses it. */
    private final ServiceEvaluations evaluations = evaluation -> {
        if (refusal != null) {
            throw refusal;
        }
        recorded.add(evaluation);
    };

    private final EvaluationViewModel model = new EvaluationViewModel(CASE, new RateService(evaluations),
            new SameThreadTasks(), i18n, new ErrorMessages(i18n), () -> done++);

    @Test
    void aGoodRatingIsSentAtOnceAndOnlyOnce() {
        model.ratingProperty().set(Rating.SATISFIED);
        assertThat(model.messageProperty().get()).isEmpty();
        model.submit();
        model.submit();
        assertThat(recorded).containsExactly(
                new Evaluation("202611220000012", Rating.SATISFIED, null, "", Channel.WINDOW));
        assertThat(model.messageProperty().get()).isEqualTo("感谢您的评价");
        assertThat(done).isEqualTo(1);
    }

    @Test
    void withoutARatingNothingIsSent() {
        model.submit();
        assertThat(model.messageProperty().get()).isEqualTo("请选择一个评价等级");
        assertThat(recorded).isEmpty();
        assertThat(done).isZero();
    }

    @Test
    void aBadRatingNeedsAnAspectAndAReasonBeforeItIsSent() {
        model.ratingProperty().set(Rating.DISSATISFIED);
        assertThat(model.messageProperty().get()).isEqualTo("很抱歉让您不满意，请选择不满意的方面并告诉我们原因");
        model.submit();
        assertThat(model.messageProperty().get()).isEqualTo("请至少选择一个不满意的方面，并填写原因");
        model.indicators().add(Indicator.EFFICIENCY);
        model.reasonProperty().set("   ");
        model.submit();
        assertThat(recorded).isEmpty();
        model.indicators().clear();
        model.reasonProperty().set("排队等了很久");
        model.submit();
        assertThat(recorded).isEmpty();
        assertThat(done).isZero();
        model.indicators().add(Indicator.EFFICIENCY);
        model.submit();
        assertThat(recorded).singleElement().satisfies(e -> {
            assertThat(e.rating()).isEqualTo(Rating.DISSATISFIED);
            assertThat(e.indicators()).containsExactly(Indicator.EFFICIENCY);
            assertThat(e.reason()).isEqualTo("排队等了很久");
        });
        assertThat(done).isEqualTo(1);
    }

    @Test
    void decliningFinishesOnceAndSendsNothing() {
        model.decline();
        model.decline();
        model.ratingProperty().set(Rating.VERY_SATISFIED);
        model.submit();
        assertThat(done).isEqualTo(1);
        assertThat(recorded).isEmpty();
    }

    @Test
    void aRefusedRatingSaysWhyAndCanBeSentAgain() {
        refusal = new PlatformException(PlatformException.Kind.SERVER_ERROR, "busy");
        model.ratingProperty().set(Rating.BASICALLY_SATISFIED);
        model.submit();
        assertThat(model.messageProperty().get()).startsWith("评价未能提交：");
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(done).isZero();
        refusal = null;
        model.submit();
        assertThat(recorded).hasSize(1);
        assertThat(done).isEqualTo(1);
    }

    /** Field report (issue 10): rating a case rated before ended in a raw 409 message. It is thanks, once. */
    @Test
    void aCaseRatedBeforeIsThankedNotRefused() {
        refusal = new PlatformException(PlatformException.Kind.CONFLICT, "already rated");
        model.ratingProperty().set(Rating.SATISFIED);
        model.submit();
        assertThat(model.messageProperty().get()).isEqualTo("这件办件已经评价过了，感谢您");
        assertThat(model.thankedProperty().get()).isTrue();
        assertThat(done).isEqualTo(1);
        refusal = null;
        model.submit();
        assertThat(recorded).isEmpty();
    }
}
