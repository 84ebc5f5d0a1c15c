package org.yichuang.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.yichuang.device.card.pcsc.PcscSocialSecurityReader;
import org.yichuang.device.card.pcsc.SocialSecurityIdReader;
import org.yichuang.device.idcard.FirstCardReader;
import org.yichuang.device.idcard.ReaderThread;
import org.yichuang.device.idcard.ga467.Ga467Reader;
import org.yichuang.device.idcard.ga467.JSerialCommLink;
import org.yichuang.device.idcard.photo.WltLibraryDecoder;
import org.yichuang.device.idcard.sdk.SdkIdCardReader;
import org.yichuang.device.idcard.sim.SimulatedIdCardReader;
import org.yichuang.device.idcard.sim.SpecimenCards;
import org.yichuang.device.print.NoPrinter;
import org.yichuang.device.print.SystemPrinter;
import org.yichuang.usecase.port.DeviceState;
import org.yichuang.usecase.port.DocumentPrinter;
import org.yichuang.usecase.port.IdCardReader;
import org.yichuang.usecase.port.PhotoDecoder;

/**
 * The devices one workstation drives, made from its {@link DeviceSettings}: each card reader on a platform thread of
 * its own (serial and PC/SC calls pin virtual threads), the printer and the photo decoder. Closing stops the reader
 * threads.
 */
final class Devices implements AutoCloseable {
    private final IdCardReader idCard;
    private final IdCardReader socialSecurity; // null when no social security card reader is configured
    private final DocumentPrinter printer;
    private final PhotoDecoder photos;

    /** {@code idCard}: the reader a test puts in place of the configured one, or null. */
    Devices(DeviceSettings settings, IdCardReader idCard) {
        this.idCard = new ReaderThread("idcard", idCard != null ? idCard : switch (settings.idCard()) {
            case "ga467" -> new Ga467Reader("GA/T 467 " + settings.idCardPort(), settings.idCardBaud(),
                    () -> JSerialCommLink.open(settings.idCardPort(), settings.idCardBaud()));
            case "sdk" -> new SdkIdCardReader(Path.of(settings.idCardLibrary()));
            default -> new SimulatedIdCardReader(SpecimenCards.ALL, Duration.ofMillis(350));
        });
        String ssc = settings.socialSecurityReader();
        socialSecurity = ssc == null ? null : new ReaderThread("ssc", new SocialSecurityIdReader(
                new PcscSocialSecurityReader(ssc.equals("auto") ? null : ssc)));
        printer = settings.printer().equals("none") ? new NoPrinter() : new SystemPrinter();
        photos = settings.photoDecoder() == null ? PhotoDecoder.NONE : new WltLibraryDecoder(Path.of(settings.photoDecoder()));
    }

    IdCardReader idCard() {
        return idCard;
    }

    /** Whichever card a citizen presents first: the ID card, or the social security card when a reader is there. */
    IdCardReader anyCard() {
        return socialSecurity == null ? idCard : new FirstCardReader(List.of(idCard, socialSecurity));
    }

    boolean readsSocialSecurityCards() {
        return socialSecurity != null;
    }

    DocumentPrinter printer() {
        return printer;
    }

    PhotoDecoder photos() {
        return photos;
    }

    /** Every device's state, in the order the status bar lists them; blocks while each is probed. */
    List<DeviceState> probe() {
        List<DeviceState> states = new ArrayList<>(List.of(idCard.probe()));
        if (socialSecurity != null) {
            states.add(socialSecurity.probe());
        }
        states.add(printer.state());
        return states;
    }

    @Override
    public void close() {
        for (IdCardReader r : socialSecurity == null ? List.of(idCard) : List.of(idCard, socialSecurity)) {
            if (r instanceof ReaderThread own) {
                own.close();
            }
        }
    }
}
