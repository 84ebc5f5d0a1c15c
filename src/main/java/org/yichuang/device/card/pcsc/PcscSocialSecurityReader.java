package org.yichuang.device.card.pcsc;

import java.time.Duration;
import java.util.List;
import javax.smartcardio.Card;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.ResponseAPDU;
import org.yichuang.domain.applicant.Sex;
import org.yichuang.usecase.port.DeviceState;

/**
 * Reads social security cards through javax.smartcardio. Readers may come and go and pcscd may restart: every
 * failure that says the service is gone resets the PC/SC context and tries again, without restarting the app.
 * Blocks: run on the reader's own platform thread.
 */
public final class PcscSocialSecurityReader {
    private final String readerName;
    private volatile DeviceState state = DeviceState.of(DeviceState.Family.SSC,
            DeviceState.Condition.ABSENT, DeviceState.Reason.NOT_CONNECTED);

    /** {@code readerName} null: the first reader with a card. */
    public PcscSocialSecurityReader(String readerName) {
        this.readerName = readerName;
    }

    public DeviceState state() {
        return state;
    }

    public List<String> readers() throws SscException {
        try {
            return terminals().stream().map(CardTerminal::getName).toList();
        } catch (CardException e) {
            throw failure(e);
        }
    }

    public SocialSecurityCard read(Duration timeout) throws SscException {
        long deadline = System.nanoTime() + timeout.toNanos();
        SscException last = new SscException(SscException.Reason.NO_CARD, "no card within " + timeout, null);
        while (System.nanoTime() < deadline) {
            interruptedCheck();
            try {
                CardTerminal terminal = terminalWithCard(deadline);
                if (terminal == null) {
                    // the latest state wins
                    last = new SscException(SscException.Reason.NO_CARD, "no card within " + timeout, null);
                    continue;
                }
                state = new DeviceState(DeviceState.Family.SSC, terminal.getName(), DeviceState.Condition.READY,
                        DeviceState.Reason.READY, "");
                return read(terminal);
            } catch (CardException e) {
                last = failure(e);
                if (last.reason() == SscException.Reason.NO_SERVICE || last.reason() == SscException.Reason.NO_READER) {
                    PcscContext.reset(); // pcscd restarted or readers changed: connect afresh next time
                }
                sleep(300);
                interruptedCheck();
            }
        }
        throw last;
    }

    private CardTerminal terminalWithCard(long deadline) throws CardException {
        List<CardTerminal> all = terminals();
        for (CardTerminal t : all) {
            if ((readerName == null || t.getName().equals(readerName)) && t.isCardPresent()) {
                return t;
            }
        }
        if (all.isEmpty() || readerName != null && all.stream().noneMatch(t -> t.getName().equals(readerName))) {
            throw new CardException("SCARD_E_NO_READERS_AVAILABLE: reader " + (readerName == null ? "" : readerName) + " not found");
        }
        long wait = Math.min(500, Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        all.getFirst().waitForCardPresent(wait);
        return null;
    }

    private List<CardTerminal> terminals() throws CardException {
        return PcscContext.factory().terminals().list();
    }

    private SocialSecurityCard read(CardTerminal terminal) throws CardException, SscException {
        Card card = terminal.connect("*");
        try {
            CardChannel channel = card.getBasicChannel();
            check(transmit(channel, SscApdus.SELECT_APPLICATION, "select"), "select the social security application");
            String cardNumber = SscApdus.text(SscApdus.value(0x07, data(channel, SscApdus.READ_CARD_NUMBER, "card number")));
            check(transmit(channel, SscApdus.SELECT_EF06, "select EF06"), "select EF06");
            String ssn = SscApdus.text(record(channel, SscApdus.RECORD_SSN, 0x14));
            String name = SscApdus.text(record(channel, SscApdus.RECORD_NAME, 0x20));
            int sex = SscApdus.code(record(channel, SscApdus.RECORD_SEX, 0x03));
            int nation = SscApdus.code(record(channel, SscApdus.RECORD_NATION, 0x03));
            var birth = SscApdus.bcdDate(record(channel, SscApdus.RECORD_BIRTH_DATE, 0x06));
            return new SocialSecurityCard(cardNumber, ssn, name, Sex.fromCode(Integer.toString(sex)),
                    org.yichuang.domain.applicant.Nations.name(nation), birth);
        } finally {
            card.disconnect(false);
        }
    }

    private static byte[] record(CardChannel channel, int record, int length) throws CardException, SscException {
        return SscApdus.value(record, data(channel, SscApdus.readRecord(record, length), "record " + record));
    }

    private static byte[] data(CardChannel channel, byte[] apdu, String what) throws CardException, SscException {
        ResponseAPDU r = transmit(channel, apdu, what);
        check(r, what);
        return r.getData();
    }

    /** A card that answers nothing at all (no status word) is unresponsive, not a crash of the reader's thread. */
    private static ResponseAPDU transmit(CardChannel channel, byte[] apdu, String what) throws CardException, SscException {
        try {
            return channel.transmit(new CommandAPDU(apdu));
        } catch (IllegalArgumentException e) { // javax.smartcardio refuses a reply shorter than SW1 SW2
            throw new SscException(SscException.Reason.CARD_UNRESPONSIVE, what + ": " + e.getMessage(), e);
        }
    }

    private static void check(ResponseAPDU r, String what) throws SscException {
        if (r.getSW() != 0x9000) {
            SscException.Reason reason = r.getSW() == 0x6A82 ? SscException.Reason.NOT_SOCIAL_SECURITY_CARD
                    : SscException.Reason.FAILED;
            throw new SscException(reason,
                    what + " answered %04X".formatted(r.getSW()), null);
        }
    }

    private SscException failure(CardException e) {
        SscException.Reason reason = PcscProblems.reasonOf(e);
        DeviceState.Condition condition = reason == SscException.Reason.CARD_REMOVED ? DeviceState.Condition.READY
                : DeviceState.Condition.ABSENT;
        state = new DeviceState(DeviceState.Family.SSC, "", condition, DeviceState.Reason.PCSC_PROBLEM,
                PcscProblems.describe(e).strip());
        return new SscException(reason, PcscProblems.describe(e).strip(), e);
    }

    /** A cancelled read stops at once rather than polling until its deadline. */
    private static void interruptedCheck() throws SscException {
        if (Thread.currentThread().isInterrupted()) {
            throw new SscException(SscException.Reason.INTERRUPTED, "read interrupted", null);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
