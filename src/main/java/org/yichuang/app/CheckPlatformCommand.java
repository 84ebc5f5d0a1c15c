package org.yichuang.app;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import org.yichuang.platform.client.PlatformCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code check-platform}: the way to the platform as a technician needs to see it. */
@Command(name = "check-platform", mixinStandardHelpOptions = true, versionProvider = YichuangCommand.VersionText.class,
        descriptionHeading = "%n", optionListHeading = "%nOptions:%n", sortOptions = false,
        description = {"Asks the platform's health endpoint and prints: reachable or not and why, the proxy used, the "
                + "TLS verdict and the certificate chain (subject, issuer, validity), the redirects seen, the platform's "
                + "version and the clock difference (its Date header against this machine's clock).",
            "The proxy is --proxy, else HTTPS_PROXY/HTTP_PROXY/NO_PROXY (or lower-case) from the environment."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the platform answers, healthy", "2:bad options",
            "3:unreachable (DNS, refused, timeout, proxy)",
            "4:certificate refused (untrusted, expired, wrong host)",
            "5:the address answers 301/302/303: the platform moved, set the new address",
            "6:something answers, but not the platform's health reply",
            "7:healthy, but the clocks differ by more than 2 minutes"})
final class CheckPlatformCommand implements Callable<Integer> {
    @Option(names = "--platform", paramLabel = "URL", converter = Converters.PlatformUrl.class,
            description = "the platform's base URL (default: $YICHUANG_PLATFORM, as in kiosk.env)")
    private URI platform;

    @Mixin
    private ConnectionOptions connection = new ConnectionOptions();

    @Option(names = "--timeout", paramLabel = "SECONDS", converter = Converters.TimeoutSeconds.class,
            description = "connect and read timeout, 1 to 600 (default 5)")
    private int timeout = 5;

    @Spec
    private CommandSpec spec;

    private final Map<String, String> environment;

    CheckPlatformCommand() {
        this(System.getenv());
    }

    /** {@code environment}: where the proxy variables and YICHUANG_PLATFORM are read (tests pass their own). */
    CheckPlatformCommand(Map<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        URI base = platform;
        if (base == null) {
            String fromEnv = environment.getOrDefault("YICHUANG_PLATFORM", "").strip();
            if (fromEnv.isEmpty() || fromEnv.equals("embedded")) {
                throw new LaunchOptions.BadOptions("no platform to check: give --platform URL (or set YICHUANG_PLATFORM)");
            }
            try {
                base = new Converters.PlatformUrl().convert(fromEnv);
            } catch (picocli.CommandLine.TypeConversionException e) {
                throw new LaunchOptions.BadOptions("YICHUANG_PLATFORM " + e.getMessage());
            }
        }
        PlatformCheck.Result result = new PlatformCheck(connection.settings(environment), Clock.systemUTC(),
                Duration.ofSeconds(timeout)).run(base);
        result.lines().forEach(spec.commandLine().getOut()::println);
        spec.commandLine().getOut().flush();
        return result.verdict().exitCode;
    }
}
