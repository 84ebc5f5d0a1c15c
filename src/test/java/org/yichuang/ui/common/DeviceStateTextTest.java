package org.yichuang.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.yichuang.usecase.port.DeviceState;
import org.yichuang.usecase.port.DeviceState.Condition;
import org.yichuang.usecase.port.DeviceState.Family;
import org.yichuang.usecase.port.DeviceState.Reason;

/** Device states are worded by the UI: the family's label stands in for a missing name, details fill the wording. */
class DeviceStateTextTest {
    private final I18n zh = new I18n(Locale.SIMPLIFIED_CHINESE);
    private final I18n en = new I18n(Locale.ENGLISH);

    @Test
    void aDeviceWithoutANameOfItsOwnIsCalledByItsFamily() {
        DeviceState printer = DeviceState.of(Family.PRINTER, Condition.ABSENT, Reason.PRINTING_DISABLED);
        assertThat(DeviceStateText.label(zh, printer)).isEqualTo("打印机 · 未连接");
        assertThat(DeviceStateText.reason(zh, printer)).isEqualTo("设备配置中未启用打印");
        assertThat(DeviceStateText.label(en, printer)).isEqualTo("Printer · absent");
    }

    @Test
    void aNamedDeviceKeepsItsNameAndItsDetailIsWorded() {
        DeviceState sdk = new DeviceState(Family.IDCARD, "SDK libsdtapi.so", Condition.READY, Reason.READY_ON_PORT, "1003");
        assertThat(DeviceStateText.label(zh, sdk)).isEqualTo("SDK libsdtapi.so · 就绪");
        assertThat(DeviceStateText.reason(zh, sdk)).isEqualTo("端口 1003");
        DeviceState serial = new DeviceState(Family.IDCARD, "GA/T 467 /dev/ttyUSB0", Condition.ABSENT, Reason.OPEN_FAILED,
                "Port /dev/ttyUSB0 is busy");
        assertThat(DeviceStateText.reason(zh, serial)).isEqualTo("未连接：Port /dev/ttyUSB0 is busy");
        assertThat(DeviceStateText.reason(en, serial)).isEqualTo("Not connected: Port /dev/ttyUSB0 is busy");
    }
}
