package org.yichuang.app;

import java.util.List;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.TerminalFactory;

/** What PC/SC says about its readers, in words a technician can act on. */
final class PcscProbe {
    private PcscProbe() {
    }

    static String describe() {
        try {
            TerminalFactory factory = TerminalFactory.getDefault();
            if ("None".equals(factory.getType())) { // the JDK falls back to None both without the library and the daemon
                return whyNone();
            }
            List<CardTerminal> terminals = factory.terminals().list();
            if (terminals.isEmpty()) {
                return "none (PC/SC is running but no reader is plugged in)";
            }
            StringBuilder out = new StringBuilder();
            for (CardTerminal t : terminals) {
                out.append(out.isEmpty() ? "" : "\n  ").append(t.getName()).append(t.isCardPresent() ? "  [card present]" : "");
            }
            return out.toString();
        } catch (CardException | RuntimeException e) {
            return fromFailure(e);
        }
    }

    /** Why the JDK found no PC/SC: asks for the provider itself, whose failure names the cause. */
    private static String whyNone() {
        try {
            TerminalFactory.getInstance("PC/SC", null);
            return "PC/SC is not available";
        } catch (java.security.NoSuchAlgorithmException | RuntimeException e) {
            return fromFailure(e);
        }
    }

    /** A PC/SC failure in a technician's words, from the messages along its cause chain. */
    static String fromFailure(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(' ').append(t.getMessage());
        }
        String text = all.toString();
        if (text.contains("SCARD_E_NO_SERVICE") || text.contains("8010001D")) {
            return "PC/SC is installed but its service is not running (sudo systemctl start pcscd; "
                    + "on Windows start the Smart Card service)";
        }
        if (text.contains("SCARD_E_NO_READERS_AVAILABLE") || text.contains("8010002E")) {
            return "none (no reader is plugged in)";
        }
        if (text.contains("cannot open shared object") || text.contains("not available on this platform")) {
            return "PC/SC is not installed (sudo apt install pcscd libpcsclite1; on Windows the Smart Card service)";
        }
        return "PC/SC is not available:" + text.stripTrailing();
    }
}
