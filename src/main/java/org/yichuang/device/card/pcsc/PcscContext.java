package org.yichuang.device.card.pcsc;

import java.lang.reflect.Field;
import java.util.Map;
import javax.smartcardio.TerminalFactory;

/**
 * A PC/SC factory that survives pcscd restarting. The JDK keeps its PC/SC context in a static field and never
 * re-establishes it (SCARD_E_NO_SERVICE forever after a restart); dropping that context makes the next factory
 * establish a new one. Needs {@code --add-opens java.smartcardio/sun.security.smartcardio=ALL-UNNAMED} (launcher).
 */
final class PcscContext {
    private static final System.Logger LOG = System.getLogger(PcscContext.class.getName());

    private PcscContext() {
    }

    static TerminalFactory factory() {
        try {
            return TerminalFactory.getInstance("PC/SC", null);
        } catch (java.security.NoSuchAlgorithmException e) {
            return TerminalFactory.getDefault(); // reports "PC/SC not available" on use
        }
    }

    /** Forgets the JDK's PC/SC context, so the next {@link #factory()} connects to the (restarted) service. */
    static synchronized boolean reset() {
        try {
            Class<?> terminals = Class.forName("sun.security.smartcardio.PCSCTerminals");
            Field context = terminals.getDeclaredField("contextId");
            context.setAccessible(true);
            context.setLong(null, 0L);
            Field cache = terminals.getDeclaredField("terminals");
            cache.setAccessible(true);
            ((Map<?, ?>) cache.get(null)).clear();
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot reset the PC/SC context (is java.smartcardio opened?): " + e);
            return false;
        }
    }
}
