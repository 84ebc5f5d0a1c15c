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
            if ("None".equals(factory.getType())) {
                return "PC/SC is not installed (apt-get install pcscd; on Windows the Smart Card service)";
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
            String text = String.valueOf(e.getMessage()) + (e.getCause() == null ? "" : " " + e.getCause().getMessage());
            if (text.contains("SCARD_E_NO_SERVICE") || text.contains("8010001D")) {
                return "PC/SC service is not running (start pcscd)";
            }
            if (text.contains("SCARD_E_NO_READERS_AVAILABLE") || text.contains("8010002E")) {
                return "none (no reader is plugged in)";
            }
            return "PC/SC is not available: " + text.strip();
        }
    }
}
