package org.yichuang.platform.client;

import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.util.List;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.yichuang.usecase.port.PlatformException;
import org.yichuang.usecase.port.PlatformException.Kind;

/** Names a failed TLS connection: an untrusted, expired or wrong-host certificate, or another TLS fault. */
final class TlsFailures {
    private TlsFailures() {
    }

    /** Whether {@code e} is a certificate or handshake fault: the same again would fail the same way. */
    static boolean isTls(Throwable e) {
        return e instanceof SSLException && !(e.getCause() instanceof java.net.SocketException);
    }

    /** The kind of failure {@code e} is: one of the certificate kinds, or {@code UNREACHABLE} for other TLS faults. */
    static Kind kindOf(SSLException e) {
        if (e instanceof SSLPeerUnverifiedException && String.valueOf(e.getMessage()).startsWith("Hostname")) {
            return Kind.CERTIFICATE_WRONG_HOST;
        }
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof CertificateExpiredException || c instanceof CertificateNotYetValidException) {
                return Kind.CERTIFICATE_EXPIRED;
            }
            if (c instanceof CertPathValidatorException v
                    && (v.getReason() == CertPathValidatorException.BasicReason.EXPIRED
                    || v.getReason() == CertPathValidatorException.BasicReason.NOT_YET_VALID)) {
                return Kind.CERTIFICATE_EXPIRED;
            }
            if (c instanceof CertPathBuilderException) {
                return Kind.CERTIFICATE_UNTRUSTED;
            }
            if (c instanceof java.security.cert.CertificateException && String.valueOf(c.getMessage()).contains("No subject alternative")) {
                return Kind.CERTIFICATE_WRONG_HOST;
            }
        }
        return Kind.UNREACHABLE;
    }

    static PlatformException exception(SSLException e) {
        Kind kind = kindOf(e);
        String what = switch (kind) {
            case CERTIFICATE_WRONG_HOST -> "the platform's certificate is for another host name";
            case CERTIFICATE_EXPIRED -> "the platform's certificate has expired or is not valid yet";
            case CERTIFICATE_UNTRUSTED -> "the platform's certificate is not signed by a trusted root "
                    + "(install the province's root: --trusted-root PEM or the system store)";
            default -> "TLS failed";
        };
        return new PlatformException(kind, what + ": " + e.getMessage(), List.of(), e);
    }
}
