package org.yichuang.ui.clerk.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.yichuang.domain.cases.Subject;
import org.yichuang.domain.cases.SubjectType;
import org.yichuang.testing.FakeCatalogue;
import org.yichuang.testing.HeldTasks;
import org.yichuang.testing.RecordingClerkNavigator;
import org.yichuang.testing.SameThreadTasks;
import org.yichuang.ui.clerk.CatalogueHit;
import org.yichuang.ui.common.ErrorMessages;
import org.yichuang.ui.common.I18n;
import org.yichuang.ui.common.TaskExecutor;
import org.yichuang.usecase.OpenSubject;
import org.yichuang.usecase.port.PlatformException;

/** The guide screen without a window: it loads what was picked, and acceptance starts only from a loaded guide. */
class GuideViewModelTest {
    private final I18n i18n = new I18n(Locale.SIMPLIFIED_CHINESE);
    private final FakeCatalogue catalogue = new FakeCatalogue();
    private final RecordingClerkNavigator navigator = new RecordingClerkNavigator();

    private GuideViewModel open(SubjectType type, String code, TaskExecutor tasks) {
        return new GuideViewModel(new CatalogueHit(type, code, "", ""), new OpenSubject(catalogue), tasks, navigator,
                i18n, new ErrorMessages(i18n));
    }

    @Test
    void anItemsGuideIsLoadedAndAcceptanceStartsFromIt() {
        HeldTasks tasks = new HeldTasks();
        GuideViewModel m = open(SubjectType.ITEM, "GA-0002", tasks);
        assertThat(m.statusProperty().get()).isEqualTo("正在读取办事指南…");
        m.startAcceptance(); // not loaded yet: nothing to accept
        assertThat(navigator.moves).isEmpty();
        tasks.runNext();
        assertThat(catalogue.calls).containsExactly("item:GA-0002");
        assertThat(m.statusProperty().get()).isEmpty();
        assertThat(m.guideProperty().get()).isEqualTo(Subject.of(FakeCatalogue.BIRTH_REGISTRATION));
        m.startAcceptance();
        assertThat(navigator.moves).containsExactly("acceptance");
        assertThat(navigator.carried).isSameAs(m.guideProperty().get());
    }

    @Test
    void aBundleIsOpenedWithEveryItemsGuide() {
        GuideViewModel m = open(SubjectType.BUNDLE, "YJS-08", new SameThreadTasks());
        assertThat(catalogue.calls).containsExactly("bundle:YJS-08");
        Subject bundle = m.guideProperty().get();
        assertThat(bundle.type()).isEqualTo(SubjectType.BUNDLE);
        assertThat(bundle.name()).isEqualTo("新生儿出生一件事");
        assertThat(bundle.items()).containsExactly(FakeCatalogue.BIRTH_CERTIFICATE, FakeCatalogue.BIRTH_REGISTRATION);
        assertThat(bundle.instant()).isFalse();
    }

    @Test
    void anUnknownCodeSaysSoAndOffersNothingToAccept() {
        GuideViewModel m = open(SubjectType.ITEM, "GA-9999", new SameThreadTasks());
        assertThat(m.statusProperty().get()).isEqualTo("平台上没有找到该记录");
        assertThat(m.guideProperty().get()).isNull();
        m.startAcceptance();
        m.back();
        assertThat(navigator.moves).containsExactly("home");
    }

    @Test
    void anUnreachablePlatformIsSaidPlainly() {
        catalogue.failWith(new PlatformException(PlatformException.Kind.UNREACHABLE, "connection refused"));
        GuideViewModel m = open(SubjectType.BUNDLE, "YJS-08", new SameThreadTasks());
        assertThat(m.statusProperty().get()).isEqualTo("无法连接政务服务平台，请检查网络；已填写的内容不会丢失");
        assertThat(m.guideProperty().get()).isNull();
    }
}
