package org.yichuang.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.yichuang.usecase.port.DeviceState;
import org.yichuang.usecase.CheckStatus;
import org.yichuang.usecase.port.PlatformException;

/** The platform's and each device's state, refreshed in the background. */
public final class StatusBarViewModel {
    private final CheckStatus status;
    private final TaskExecutor tasks;
    private final I18n i18n;
    private final ReadOnlyStringWrapper platformText = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper platformUp = new ReadOnlyBooleanWrapper();
    private final ObservableList<DeviceState> deviceStates = FXCollections.observableArrayList();

    public StatusBarViewModel(CheckStatus status, TaskExecutor tasks, I18n i18n) {
        this.status = status;
        this.tasks = tasks;
        this.i18n = i18n;
        platformText.set(i18n.get("status.platform.connecting"));
    }

    /** Asks the platform and the devices how they are; call periodically. */
    public void refresh() {
        refreshDevices();
        tasks.run(status::platformName, name -> {
            platformUp.set(true);
            platformText.set(i18n.get("status.platform.up", name));
        }, failure -> {
            platformUp.set(false);
            // a moved platform or a refused certificate will not mend itself: say what to change, not "retrying"
            platformText.set(failure instanceof PlatformException p && p.kind().configuration()
                    ? new ErrorMessages(i18n).of(failure) : i18n.get("status.platform.down"));
        });
    }

    /** Asks the devices only: often enough to follow a reader being unplugged and plugged back. */
    public void refreshDevices() {
        tasks.run(status::devices, deviceStates::setAll, failure -> { });
    }

    public ReadOnlyStringProperty platformTextProperty() {
        return platformText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty platformUpProperty() {
        return platformUp.getReadOnlyProperty();
    }

    public ObservableList<DeviceState> deviceStates() {
        return deviceStates;
    }

    public String describe(DeviceState d) {
        return DeviceStateText.label(i18n, d);
    }

    /** Why the device is as it is, for its tooltip. */
    public String reason(DeviceState d) {
        return DeviceStateText.reason(i18n, d);
    }
}
