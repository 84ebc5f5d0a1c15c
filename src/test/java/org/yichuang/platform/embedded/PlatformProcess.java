package org.yichuang.platform.embedded;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code yichuang serve-platform} in a JVM of its own, from the test class path: a real second process. */
final class PlatformProcess implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("platform listening on (http://\\S+)/api/v1");
    private final Process process;
    private final List<String> output = new ArrayList<>();
    private final CompletableFuture<URI> base = new CompletableFuture<>();

    private PlatformProcess(Process process) {
        this.process = process;
        Thread.ofPlatform().daemon().name("platform-process-output").start(this::drain);
    }

    static PlatformProcess start(Path dataDirectory, int statusStepSeconds) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), "org.yichuang.app.Main", "serve-platform", "--port", "0",
                "--data-dir", dataDirectory.toString(), "--status-step", String.valueOf(statusStepSeconds));
        return new PlatformProcess(builder.redirectErrorStream(true).start());
    }

    /** Where it listens, once it says so; fails with what it printed if it exits or stays silent. */
    URI baseUri() throws Exception {
        try {
            return base.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the second platform did not start: " + output(), e);
        }
    }

    synchronized String output() {
        return String.join("\n", output);
    }

    private void drain() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                synchronized (this) {
                    output.add(line);
                }
                Matcher m = LISTENING.matcher(line);
                if (m.find()) {
                    base.complete(URI.create(m.group(1)));
                }
            }
        } catch (IOException e) {
            base.completeExceptionally(e);
        }
        base.completeExceptionally(new IllegalStateException("the process ended"));
    }

    /** SIGTERM, so its shutdown hook closes the database as an operator's Ctrl+C would. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
