package org.yichuang.app;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.yichuang.platform.client.ConnectionSettings;
import org.yichuang.platform.client.EnvironmentProxies;
import org.yichuang.platform.client.TrustedRoots;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code --proxy} and {@code --trusted-root}: how this machine reaches the platform (the GUI and check-platform). */
final class ConnectionOptions {
    @Option(names = "--proxy", paramLabel = "URL|direct", converter = ProxySetting.class,
            description = "the proxy to the platform, e.g. http://10.1.1.1:3128 (default: HTTPS_PROXY, HTTP_PROXY and "
                    + "NO_PROXY from the environment; 'direct': none)")
    String proxy;

    @Option(names = "--trusted-root", paramLabel = "PEM", converter = RootFile.class,
            description = "the province's root certificate (PEM), trusted besides the system's")
    Path trustedRoot;

    ConnectionSettings settings() {
        return settings(System.getenv());
    }

    ConnectionSettings settings(Map<String, String> environment) {
        return new ConnectionSettings(Optional.ofNullable(proxy), Optional.ofNullable(trustedRoot), environment);
    }

    /** A proxy URL or {@code direct}. */
    static final class ProxySetting implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            try {
                new EnvironmentProxies(Optional.of(value.strip()), Map.of());
                return value.strip();
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("must be a proxy URL such as http://10.1.1.1:3128 or 'direct', not '"
                        + value + "'");
            }
        }
    }

    /** A readable PEM file holding at least one certificate. */
    static final class RootFile implements ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            Path path = Path.of(value);
            try {
                TrustedRoots.of(Optional.of(path));
                return path;
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
