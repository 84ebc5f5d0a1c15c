package org.yichuang.app;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.yichuang.platform.embedded.EmbeddedPlatform;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code serve-platform}: the embedded platform alone, headless, until stopped (Ctrl+C or SIGTERM). */
@Command(name = "serve-platform", mixinStandardHelpOptions = true, versionProvider = YichuangCommand.VersionText.class,
        descriptionHeading = "%n", optionListHeading = "%nOptions:%n",
        sortOptions = false,
        description = "Runs the embedded platform alone, headless, until stopped (Ctrl+C or SIGTERM).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"1:the platform cannot start", "2:bad options"})
final class ServePlatformCommand implements Callable<Integer> {
    @Option(names = "--port", paramLabel = "N", required = true, converter = Converters.Port.class,
            description = "the port to listen on, 1 to 65535 (0: any free port)")
    private int port;

    @Option(names = "--bind", paramLabel = "ADDRESS",
            description = "the address to listen on (default: loopback; 0.0.0.0 for the hall network)")
    private InetAddress bind = InetAddress.getLoopbackAddress();

    @Option(names = "--data-dir", paramLabel = "PATH", converter = Converters.DataDirectory.class,
            description = "where the platform keeps its data (default: platform/ in the user's data directory)")
    private Path data = DataDirectories.userData().resolve("platform");

    @Option(names = "--time-zone", paramLabel = "ZONE", converter = Converters.Zone.class,
            description = "the halls' time zone: the day a case number and the work list count in (default Asia/Shanghai)")
    private ZoneId zone = org.yichuang.domain.cases.Regions.HALL_ZONE;

    @Option(names = "--status-step", paramLabel = "SECONDS", converter = Converters.StepSeconds.class,
            description = "promised cases move ACCEPTED → UNDER_REVIEW → COMPLETED every so many seconds, "
                    + "1 to 86400 (default 120)")
    private Duration step = Duration.ofMinutes(2);

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        try {
            EmbeddedPlatform platform = EmbeddedPlatform.start(
                    new EmbeddedPlatform.Settings(data, bind, port, step, Clock.system(zone)));
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                platform.close();
                stopped.countDown();
            }));
            spec.commandLine().getOut().println("platform listening on " + platform.baseUri() + "/api/v1 ("
                    + platform.bundleCount() + " bundles, " + platform.itemCount() + " items, data in " + data + ")");
            spec.commandLine().getOut().flush();
            stopped.await();
            return 0;
        } catch (IOException e) {
            spec.commandLine().getErr().println("yichuang: the platform cannot start: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }
}
