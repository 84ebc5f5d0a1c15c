package org.yichuang.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Field report (issue 10): without GTK 3 or a display the launcher died with a raw stack trace. */
class GraphicsCheckTest {
    private static final Path GTK = GraphicsCheck.GTK3.getFirst();

    @Test
    void linuxWithoutADisplayIsToldSo() {
        assertThat(GraphicsCheck.before("Linux", Map.of(), GTK::equals)).contains(GraphicsCheck.NO_DISPLAY);
        assertThat(GraphicsCheck.before("Linux", Map.of("DISPLAY", " "), GTK::equals)).contains(GraphicsCheck.NO_DISPLAY);
    }

    @Test
    void linuxWithoutGtk3IsToldWhichPackage() {
        assertThat(GraphicsCheck.before("Linux", Map.of("DISPLAY", ":0"), p -> false)).hasValueSatisfying(m ->
                assertThat(m).contains("GTK 3", "libgtk-3-0"));
        assertThat(GraphicsCheck.before("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0"), GTK::equals)).isEmpty();
    }

    @Test
    void otherSystemsAreNotJudged() {
        assertThat(GraphicsCheck.before("Windows 11", Map.of(), p -> false)).isEmpty();
    }

    @Test
    void aFailedLaunchIsReadForTheMissingPiece() {
        var display = new RuntimeException("Exception in Application start", new UnsupportedOperationException("Unable to open DISPLAY"));
        assertThat(GraphicsCheck.after(display)).isEqualTo(GraphicsCheck.NO_DISPLAY);
        assertThat(GraphicsCheck.after(new UnsatisfiedLinkError("libgtk-3.so.0: cannot open shared object file")))
                .isEqualTo(GraphicsCheck.NO_GTK);
        assertThat(GraphicsCheck.after(new RuntimeException("Error initializing QuantumRenderer: no suitable pipeline found")))
                .contains("-Dprism.order=sw");
        assertThat(GraphicsCheck.after(new IllegalStateException("boom"))).contains("boom");
    }
}
