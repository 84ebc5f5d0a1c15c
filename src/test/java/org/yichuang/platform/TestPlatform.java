package org.yichuang.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.stream.Stream;
import org.yichuang.platform.client.HttpPlatform;
import org.yichuang.platform.embedded.EmbeddedPlatform;

/** The embedded platform on a free loopback port over a temporary data directory, and a client of it. */
public final class TestPlatform implements AutoCloseable {
    public final Path dataDirectory;
    public final EmbeddedPlatform server;
    public final HttpPlatform client;

    private TestPlatform(Path dataDirectory, Duration statusStep) throws IOException {
        this.dataDirectory = dataDirectory;
        this.server = EmbeddedPlatform.start(new EmbeddedPlatform.Settings(dataDirectory, InetAddress.getLoopbackAddress(),
                0, statusStep, Clock.system(ZoneId.of("Asia/Shanghai"))));
        this.client = new HttpPlatform(server.baseUri());
    }

    public static TestPlatform start() {
        return start(Duration.ofHours(1));
    }

    public static TestPlatform start(Duration statusStep) {
        try {
            return new TestPlatform(Files.createTempDirectory("yichuang-platform"), statusStep);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same data directory served again, as after a restart. */
    public TestPlatform restart() {
        server.close();
        try {
            return new TestPlatform(dataDirectory, Duration.ofHours(1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public HttpPlatform signedIn() {
        client.signIn("clerk01", "yichuang01".toCharArray());
        return client;
    }

    @Override
    public void close() {
        server.close();
    }

    public void deleteData() {
        try (Stream<Path> files = Files.walk(dataDirectory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
