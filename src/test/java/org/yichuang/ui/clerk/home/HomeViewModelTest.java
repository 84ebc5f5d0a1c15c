package org.yichuang.ui.clerk.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.yichuang.domain.cases.SubjectType;
import org.yichuang.testing.FakeCatalogue;
import org.yichuang.testing.RecordingClerkNavigator;
import org.yichuang.testing.SameThreadTasks;
import org.yichuang.ui.clerk.CatalogueHit;
import org.yichuang.ui.common.ErrorMessages;
import org.yichuang.ui.common.I18n;
import org.yichuang.usecase.SearchCatalogue;
import org.yichuang.usecase.port.PlatformException;

/** The clerk's catalogue search without a window: what is typed is searched, and the list says what was found. */
class HomeViewModelTest {
    private final I18n i18n = new I18n(Locale.SIMPLIFIED_CHINESE);
    private final FakeCatalogue catalogue = new FakeCatalogue();
    private final RecordingClerkNavigator navigator = new RecordingClerkNavigator();
    private final HomeViewModel model = new HomeViewModel(new SearchCatalogue(catalogue), new SameThreadTasks(),
            navigator, i18n, new ErrorMessages(i18n));

    @Test
    void aTypedQueryListsBundlesFirstWithTheirDetails() {
        model.queryProperty().set("出生");
        assertThat(model.hits()).containsExactly(
                new CatalogueHit(SubjectType.BUNDLE, "YJS-08", "新生儿出生一件事",
                        "牵头部门：市卫生健康委员会 · 含 2 个事项 · 承诺 5 个工作日"),
                new CatalogueHit(SubjectType.ITEM, "WJ-0001", "出生医学证明办理", "市卫生健康委员会 · 即办件 · WJ-0001"),
                new CatalogueHit(SubjectType.ITEM, "GA-0002", "出生登记", "市公安局 · 承诺件 · GA-0002"));
        assertThat(model.summaryProperty().get()).isEqualTo("一件事 1 项，事项 2 项");
        assertThat(model.searchingProperty().get()).isFalse();
    }

    @Test
    void fullWidthInitialsReachThePlatformFolded() {
        model.queryProperty().set("ＸＳＥ ＣＳ");
        assertThat(catalogue.calls).containsExactly("bundles:xsecs", "items:xsecs");
        assertThat(model.hits()).extracting(CatalogueHit::code).containsExactly("YJS-08");
        assertThat(model.summaryProperty().get()).isEqualTo("一件事 1 项，事项 0 项");
    }

    @Test
    void nothingFoundIsSaidAndTheListEmptied() {
        model.queryProperty().set("出生");
        model.queryProperty().set("营业执照");
        assertThat(model.hits()).isEmpty();
        assertThat(model.summaryProperty().get()).isEqualTo("没有找到匹配的事项，请换个说法或用拼音首字母");
    }

    @Test
    void anEmptiedFieldAsksAgainAndListsWhatThePlatformBrowses() {
        model.queryProperty().set("csdj");
        assertThat(model.hits()).extracting(CatalogueHit::code).containsExactly("GA-0002");
        model.queryProperty().set("");
        assertThat(catalogue.calls).endsWith("bundles:", "items:");
        assertThat(model.hits()).extracting(CatalogueHit::code).containsExactly("YJS-08", "WJ-0001", "GA-0002");
    }

    @Test
    void aFailedSearchClearsTheListAndSaysWhy() {
        model.queryProperty().set("出生");
        catalogue.failWith(new PlatformException(PlatformException.Kind.TIMEOUT, "read timed out"));
        model.queryProperty().set("出生登");
        assertThat(model.hits()).isEmpty();
        assertThat(model.summaryProperty().get()).isEqualTo("政务服务平台响应超时，请稍后重试；已填写的内容不会丢失");
        assertThat(model.searchingProperty().get()).isFalse();
    }

    @Test
    void openingAHitShowsItsGuide() {
        model.queryProperty().set("出生登记");
        model.open(model.hits().getFirst());
        model.open(null); // nothing selected: stays
        assertThat(navigator.moves).containsExactly("guide");
        assertThat(navigator.carried).isEqualTo(model.hits().getFirst());
    }
}
