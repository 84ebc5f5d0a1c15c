package org.yichuang.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.yichuang.testing.SameThreadTasks;
import org.yichuang.usecase.CheckStatus;
import org.yichuang.usecase.port.DeviceState;
import org.yichuang.usecase.port.DeviceState.Condition;
import org.yichuang.usecase.port.DeviceState.Family;
import org.yichuang.usecase.port.DeviceState.Reason;
import org.yichuang.usecase.port.PlatformException;

/** The status bar without a window: the platform's name or its absence, and each device in the hall's words. */
class StatusBarViewModelTest {
    private final I18n i18n = new I18n(Locale.SIMPLIFIED_CHINESE);
    private final List<DeviceState> devices = new ArrayList<>(List.of(
            new DeviceState(Family.IDCARD, "", Condition.SIMULATED, Reason.SPECIMEN_CARDS, "4"),
            new DeviceState(Family.PRINTER, "", Condition.ABSENT, Reason.NO_PRINTER, "")));
    private boolean platformUp = true;
    private PlatformException outage = new PlatformException(PlatformException.Kind.UNREACHABLE, "connection refused");
    private final StatusBarViewModel model = new StatusBarViewModel(new CheckStatus(() -> {
        if (!platformUp) {
            throw outage;
        }
        return " 陕西省一体化政务服务平台 (embedded) ";
    }, () -> devices), new SameThreadTasks(), i18n);

    @Test
    void beforeTheFirstAnswerItSaysItIsConnecting() {
        assertThat(model.platformTextProperty().get()).isEqualTo("正在连接政务服务平台…");
        assertThat(model.deviceStates()).isEmpty();
    }

    @Test
    void aRefreshNamesThePlatformAndListsEachDevice() {
        model.refresh();
        assertThat(model.platformUpProperty().get()).isTrue();
        assertThat(model.platformTextProperty().get()).isEqualTo("平台已连接：陕西省一体化政务服务平台 (embedded)");
        assertThat(model.deviceStates()).hasSize(2);
        assertThat(model.describe(model.deviceStates().getFirst())).contains("身份证阅读器", "模拟");
        assertThat(model.reason(model.deviceStates().get(1))).contains("未安装打印机");
    }

    @Test
    void aPlatformThatStopsAnsweringIsSaidToBeRetried() {
        model.refresh();
        platformUp = false;
        model.refresh();
        assertThat(model.platformUpProperty().get()).isFalse();
        assertThat(model.platformTextProperty().get()).isEqualTo("平台未连接，正在重试");
    }

    @Test
    void devicesAloneFollowAReaderUnplugged() {
        model.refresh();
        devices.set(0, new DeviceState(Family.IDCARD, "/dev/ttyUSB0", Condition.ABSENT, Reason.NOT_CONNECTED, ""));
        model.refreshDevices();
        assertThat(model.describe(model.deviceStates().getFirst())).contains("未连接");
    }

    /** Field case (issue 11, kind 3): after a 301 the status bar said connected, then "retrying" for ever. */
    @Test
    void aMovedPlatformIsSaidWithItsNewAddress() {
        platformUp = false;
        outage = PlatformException.moved(301, "https://zwfw.example.gov.cn/new/");
        model.refresh();
        assertThat(model.platformUpProperty().get()).isFalse();
        assertThat(model.platformTextProperty().get()).contains("https://zwfw.example.gov.cn/new/").doesNotContain("重试");
    }
}
