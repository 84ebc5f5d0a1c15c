package org.yichuang.platform.client;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/** The roots a platform certificate may chain to: the system's, plus the province's root from a PEM file if one is set. */
public final class TrustedRoots {
    private final X509TrustManager trustManager;
    private final List<X509Certificate> extra;

    private TrustedRoots(X509TrustManager trustManager, List<X509Certificate> extra) {
        this.trustManager = trustManager;
        this.extra = extra;
    }

    /** The system's roots and those in {@code pem} (one or more certificates); a file that is not one says so. */
    public static TrustedRoots of(Optional<Path> pem) {
        try {
            X509TrustManager system = trustManager(null);
            if (pem.isEmpty()) {
                return new TrustedRoots(system, List.of());
            }
            List<X509Certificate> extra = read(pem.get());
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int n = 0;
            for (X509Certificate root : system.getAcceptedIssuers()) {
                store.setCertificateEntry("system-" + n++, root);
            }
            for (X509Certificate root : extra) {
                store.setCertificateEntry("extra-" + n++, root);
            }
            return new TrustedRoots(trustManager(store), extra);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalArgumentException("trusted root " + pem.orElse(null) + " cannot be used: " + e.getMessage(), e);
        }
    }

    private static List<X509Certificate> read(Path pem) throws IOException, GeneralSecurityException {
        Collection<? extends Certificate> certificates;
        try (InputStream in = Files.newInputStream(pem)) {
            certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
        }
        List<X509Certificate> roots = new ArrayList<>();
        for (Certificate c : certificates) {
            roots.add((X509Certificate) c);
        }
        if (roots.isEmpty()) {
            throw new GeneralSecurityException("no certificate in the file (expected PEM: -----BEGIN CERTIFICATE-----)");
        }
        return List.copyOf(roots);
    }

    private static X509TrustManager trustManager(KeyStore store) throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        for (TrustManager tm : factory.getTrustManagers()) {
            if (tm instanceof X509TrustManager x509) {
                return x509;
            }
        }
        throw new GeneralSecurityException("no X.509 trust manager");
    }

    public X509TrustManager trustManager() {
        return trustManager;
    }

    /** The roots added from the PEM file (empty: the system's only). */
    public List<X509Certificate> extra() {
        return extra;
    }

    /** A TLS context trusting these roots through {@code manager} (this one's, or one wrapping it). */
    static SSLContext context(X509TrustManager manager) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {manager}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
