package org.yichuang.platform.client;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;

/**
 * A test province root and server certificates it signs, made with the JDK's keytool (no certificate library is
 * in the offline repository): {@link #rootPem()} for {@code --trusted-root}, {@link #server} for a MockWebServer.
 */
public final class TestCertificates {
    private static final String PASS = "changeit";
    private final Path dir;

    private TestCertificates(Path dir) {
        this.dir = dir;
    }

    /** A root CA in {@code dir}, valid for 30 days from now. */
    public static TestCertificates create(Path dir) throws Exception {
        TestCertificates c = new TestCertificates(dir);
        c.keytool("-genkeypair", "-alias", "ca", "-keyalg", "EC", "-groupname", "secp256r1", "-dname",
                "CN=Test Province Root CA,O=Yichuang Tests", "-ext", "bc:c", "-validity", "30", "-keystore", "ca.p12");
        c.keytool("-exportcert", "-alias", "ca", "-rfc", "-file", "ca.pem", "-keystore", "ca.p12");
        return c;
    }

    public Path rootPem() {
        return dir.resolve("ca.pem");
    }

    /**
     * A TLS server socket factory with a certificate for {@code dnsName} (and 127.0.0.1 when it is localhost) signed
     * by the root, valid from {@code start} (keytool's form: {@code -10d}; null: now) for {@code days}.
     */
    public SSLSocketFactory server(String name, String dnsName, String start, int days) throws Exception {
        String store = name + ".p12";
        keytool("-genkeypair", "-alias", "leaf", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=" + dnsName,
                "-keystore", store);
        keytool("-certreq", "-alias", "leaf", "-file", name + ".csr", "-keystore", store);
        List<String> gencert = new ArrayList<>(List.of("-gencert", "-alias", "ca", "-keystore", "ca.p12", "-infile",
                name + ".csr", "-outfile", name + ".pem", "-rfc", "-validity", Integer.toString(days),
                "-ext", "san=dns:" + dnsName + (dnsName.equals("localhost") ? ",ip:127.0.0.1" : "")));
        if (start != null) {
            gencert.addAll(List.of("-startdate", start));
        }
        keytool(gencert.toArray(String[]::new));
        keytool("-importcert", "-alias", "ca", "-file", "ca.pem", "-noprompt", "-keystore", store);
        keytool("-importcert", "-alias", "leaf", "-file", name + ".pem", "-keystore", store);
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(dir.resolve(store))) {
            keys.load(in, PASS.toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, PASS.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(kmf.getKeyManagers(), null, null);
        return context.getSocketFactory();
    }

    private void keytool(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        command.addAll(List.of(args));
        command.addAll(List.of("-storepass", PASS, "-storetype", "PKCS12"));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("keytool " + String.join(" ", args) + " failed: " + output);
        }
    }
}
