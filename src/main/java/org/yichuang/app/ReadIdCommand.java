package org.yichuang.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.yichuang.device.card.pcsc.PcscSocialSecurityReader;
import org.yichuang.device.card.pcsc.SscException;
import org.yichuang.device.idcard.CardText;
import org.yichuang.device.idcard.ga467.Ga467Reader;
import org.yichuang.device.idcard.ga467.JSerialCommLink;
import org.yichuang.device.idcard.sdk.SdkIdCardReader;
import org.yichuang.domain.applicant.Masking;
import org.yichuang.ui.common.CardMessages;
import org.yichuang.ui.common.DeviceStateText;
import org.yichuang.ui.common.I18n;
import org.yichuang.usecase.port.IdCardReader;
import org.yichuang.usecase.port.IdCardReader.IdCardException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code read-id}: one card from one reader, printed masked. An edition not supported yet is never "no card". */
@Command(name = "read-id", mixinStandardHelpOptions = true, versionProvider = YichuangCommand.VersionText.class,
        descriptionHeading = "%n", optionListHeading = "%nOptions:%n",
        sortOptions = false,
        description = "Reads one ID card (GA/T 467 serial reader or vendor SDK) or social security card (PC/SC) "
                + "and prints it, masked unless --unmasked.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:a card was read", "1:the SDK library cannot be loaded", "2:bad options",
            "3:no card was read in time", "4:a card of an edition not supported yet (its common fields are said)"})
final class ReadIdCommand implements Callable<Integer> {
    /** Exactly one reader. */
    static final class Reader {
        @Option(names = "--port", paramLabel = "PATH", description = "a GA/T 467 serial reader, e.g. /dev/ttyUSB0")
        String port;
        @Option(names = "--sdk", paramLabel = "LIBRARY", description = "a USB reader through its vendor's sdtapi library")
        String sdk;
        @Option(names = "--pcsc", paramLabel = "READER|auto", description = "a social security card in a PC/SC reader")
        String pcsc;
    }

    @ArgGroup(exclusive = true, multiplicity = "1", heading = "%nReader (one of; see: yichuang devices):%n")
    private Reader reader;

    @Option(names = "--baud", paramLabel = "N", converter = Converters.Baud.class,
            description = "serial speed, 9600 to 115200 (default 115200)")
    private int baud = 115200;

    @Option(names = "--timeout", paramLabel = "SECONDS", converter = Converters.TimeoutSeconds.class,
            description = "how long to wait for a card, 1 to 600 (default 10)")
    private int timeout = 10;

    @Option(names = "--json", description = "print one JSON object")
    private boolean json;

    @Option(names = "--unmasked", description = "print names and numbers in full")
    private boolean unmasked;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (reader.pcsc != null) {
            return socialSecurityCard(out, err);
        }
        String path = reader.port != null ? reader.port : reader.sdk;
        IdCardReader device;
        try {
            device = reader.port != null ? new Ga467Reader(path, baud, () -> JSerialCommLink.open(path, baud))
                    : new SdkIdCardReader(Path.of(path));
        } catch (IllegalArgumentException e) {
            err.println("yichuang: " + e.getMessage());
            return 1;
        }
        try {
            CardText card = device instanceof Ga467Reader serial ? serial.readText(Duration.ofSeconds(timeout))
                    : ((SdkIdCardReader) device).readText(Duration.ofSeconds(timeout));
            CardPrinting.print(out, CardPrinting.fields(card, unmasked), json);
            return 0;
        } catch (IdCardException e) {
            if (e.unsupportedEdition().isPresent()) { // a card was read: never report it as "no card"
                var u = e.unsupportedEdition().get();
                err.println("yichuang: a card was read from " + path + ", but its edition (type flag '" + u.flag()
                        + "') is not supported yet; common fields: name " + (unmasked ? u.name() : Masking.name(u.name()))
                        + ", number " + (unmasked ? u.number() : Masking.idNumber(u.number())) + ", valid "
                        + CardPrinting.text(u.validFrom()) + " to "
                        + (u.validUntil() == null ? "?" : CardPrinting.text(u.validUntil())));
                return 4;
            }
            I18n zh = new I18n(Locale.SIMPLIFIED_CHINESE);
            err.println("yichuang: no card read from " + path + " within " + timeout + " s: " + CardMessages.forClerk(e, zh)
                    + " (" + e.messageKey() + ": " + e.getMessage() + "); reader state: "
                    + DeviceStateText.reason(zh, device.state()));
            return 3;
        }
    }

    private int socialSecurityCard(PrintWriter out, PrintWriter err) throws IOException {
        var ssc = new PcscSocialSecurityReader(reader.pcsc.equals("auto") ? null : reader.pcsc);
        try {
            CardPrinting.print(out, CardPrinting.fields(ssc.read(Duration.ofSeconds(timeout)), unmasked), json);
            return 0;
        } catch (SscException e) {
            err.println("yichuang: no social security card read from " + reader.pcsc + " within " + timeout + " s ("
                    + e.messageKey() + "): " + e.getMessage());
            return 3;
        }
    }
}
