package org.yichuang.device.print;

import java.util.List;
import org.yichuang.usecase.port.DeviceState;
import org.yichuang.usecase.port.DocumentPrinter;
import org.yichuang.usecase.port.PrintJob;

/** A workstation configured without printing: documents are saved instead. */
public final class NoPrinter implements DocumentPrinter {
    @Override
    public List<String> printers() {
        return List.of();
    }

    @Override
    public String defaultPrinter() {
        return null;
    }

    @Override
    public boolean offersDuplex(String printer) {
        return false;
    }

    @Override
    public PrintJob print(byte[] pdf, String printer, String title, int copies, boolean duplex)
            throws PrintFailedException {
        throw new PrintFailedException("printing is switched off in the device settings", null);
    }

    @Override
    public DeviceState queue(String printer) {
        return state();
    }

    @Override
    public DeviceState state() {
        return DeviceState.of(DeviceState.Family.PRINTER, DeviceState.Condition.ABSENT,
                DeviceState.Reason.PRINTING_DISABLED);
    }
}
