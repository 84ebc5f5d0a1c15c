package org.yichuang.device.card.pcsc;

/** PC/SC error codes as the reasons that tell the technician what to do (each with its message key for the UI). */
final class PcscProblems {
    private PcscProblems() {
    }

    /** The reason an exception from javax.smartcardio means. */
    static SscException.Reason reasonOf(Throwable e) {
        String text = describe(e);
        // INVALID_HANDLE: the context died with the pcscd that made it
        if (text.contains("SCARD_E_NO_SERVICE") || text.contains("8010001D") || text.contains("SCARD_E_SERVICE_STOPPED")
                || text.contains("SCARD_E_INVALID_HANDLE")) {
            return SscException.Reason.NO_SERVICE;
        }
        if (text.contains("SCARD_E_NO_READERS_AVAILABLE") || text.contains("8010002E") || text.contains("SCARD_E_UNKNOWN_READER")) {
            return SscException.Reason.NO_READER;
        }
        if (text.contains("SCARD_W_REMOVED_CARD") || text.contains("80100069") || text.contains("SCARD_E_NO_SMARTCARD")
                || text.contains("SCARD_E_NOT_TRANSACTED")) { // NOT_TRANSACTED: the card went away mid-command
            return SscException.Reason.CARD_REMOVED;
        }
        if (text.contains("SCARD_W_UNRESPONSIVE_CARD") || text.contains("SCARD_W_UNPOWERED_CARD")) {
            return SscException.Reason.CARD_UNRESPONSIVE;
        }
        return SscException.Reason.FAILED;
    }

    static String describe(Throwable e) {
        StringBuilder out = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            out.append(t.getMessage()).append(' ');
        }
        return out.toString();
    }
}
