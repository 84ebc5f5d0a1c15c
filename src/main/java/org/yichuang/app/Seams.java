package org.yichuang.app;

import java.time.Clock;
import java.time.ZoneId;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.yichuang.ui.common.DialogService;
import org.yichuang.ui.common.FxDialogService;
import org.yichuang.usecase.port.IdCardReader;

/**
 * What a test puts in place of the machine's own when it builds the real object graph: the clock, the ID card reader
 * (null: the one the device settings name) and the file dialogs (native ones cannot be driven by a robot).
 */
public record Seams(Clock clock, IdCardReader idCard, Function<Supplier<Window>, DialogService> dialogs) {
    /** The hall's clock (Beijing time), the configured reader, the native dialogs. */
    public static Seams machine() {
        return machine(org.yichuang.domain.cases.Regions.HALL_ZONE);
    }

    /** The machine's clock read in the hall's {@code zone}, the configured reader, the native dialogs. */
    public static Seams machine(ZoneId zone) {
        return new Seams(Clock.system(zone), null, FxDialogService::new);
    }

    public Seams withClock(Clock c) {
        return new Seams(c, idCard, dialogs);
    }

    public Seams withIdCard(IdCardReader reader) {
        return new Seams(clock, reader, dialogs);
    }

    public Seams withDialogs(DialogService service) {
        return new Seams(clock, idCard, owner -> service);
    }
}
