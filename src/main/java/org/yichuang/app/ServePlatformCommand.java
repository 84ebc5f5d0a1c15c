package org.yichuang.app;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.yichuang.platform.embedded.EmbeddedPlatform;

/** {@code serve-platform}: the embedded platform alone, headless, until stopped (Ctrl+C or SIGTERM). */
final class ServePlatformCommand {
    private ServePlatformCommand() {
    }

    static void run(List<String> args) {
        int port = -1;
        InetAddress bind = InetAddress.getLoopbackAddress();
        Path data = DataDirectories.userData().resolve("platform");
        Duration step = Duration.ofMinutes(2);
        for (int i = 0; i < args.size(); i++) {
            String name = args.get(i);
            String value = i + 1 < args.size() ? args.get(++i) : "";
            switch (name) {
                case "--port" -> port = (int) LaunchOptions.number(name, value, 0, 65535);
                case "--bind" -> bind = address(value);
                case "--data-dir" -> data = Path.of(value);
                case "--status-step" -> step = Duration.ofSeconds(LaunchOptions.number(name, value, 1, 86_400));
                default -> throw new LaunchOptions.BadOptions("serve-platform: unknown option '" + name + "'");
            }
        }
        if (port < 0) {
            throw new LaunchOptions.BadOptions("serve-platform needs --port N");
        }
        try {
            EmbeddedPlatform platform = EmbeddedPlatform.start(
                    new EmbeddedPlatform.Settings(data, bind, port, step, Clock.system(ZoneId.of("Asia/Shanghai"))));
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                platform.close();
                stopped.countDown();
            }));
            System.out.println("platform listening on " + platform.baseUri() + "/api/v1 (" + platform.bundleCount()
                    + " bundles, " + platform.itemCount() + " items, data in " + data + ")");
            stopped.await();
        } catch (IOException e) {
            System.err.println("yichuang: the platform cannot start: " + e.getMessage());
            System.exit(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static InetAddress address(String value) {
        try {
            return InetAddress.getByName(value);
        } catch (UnknownHostException e) {
            throw new LaunchOptions.BadOptions("--bind: unknown address '" + value + "'");
        }
    }
}
