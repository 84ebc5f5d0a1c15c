package org.yichuang.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.security.NoSuchAlgorithmException;
import org.junit.jupiter.api.Test;

/**
 * Field report (issue 10): `devices` said "PC/SC is not installed" when pcscd was installed but not running. The JDK
 * answers both with a "None" factory; the failures below are the ones it gives (measured on Debian 12, JDK 25).
 */
class PcscProbeTest {
    private static Exception failure(Throwable cause) {
        return new NoSuchAlgorithmException("Error constructing TerminalFactory for PC/SC using SunPCSC", cause);
    }

    @Test
    void anInstalledServiceThatIsNotRunningIsSaidSo() {
        String said = PcscProbe.fromFailure(failure(new RuntimeException("SCARD_E_NO_SERVICE")));
        assertThat(said).contains("installed but its service is not running", "systemctl start pcscd");
    }

    @Test
    void aMissingLibraryIsNotInstalled() {
        String said = PcscProbe.fromFailure(failure(new UnsupportedOperationException("PC/SC not available on this platform",
                new IOException("/usr/lib/x86_64-linux-gnu/libpcsclite.so.1: cannot open shared object file"))));
        assertThat(said).contains("not installed", "pcscd");
    }

    @Test
    void noReaderAndAnythingElseAreToldApart() {
        assertThat(PcscProbe.fromFailure(new RuntimeException("SCARD_E_NO_READERS_AVAILABLE"))).startsWith("none");
        assertThat(PcscProbe.fromFailure(new RuntimeException("SCARD_F_INTERNAL_ERROR"))).contains("SCARD_F_INTERNAL_ERROR");
    }

    @Test
    void thisMachineGetsOneOfTheKnownAnswers() {
        assertThat(PcscProbe.describe()).isNotBlank().doesNotContain("null");
    }
}
