package org.yichuang.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Field report (issue 10): the 1280 × 800 window hid the status bar on a 1366 × 768 hall screen. */
class WindowSizeTest {
    @Test
    void aLargeScreenGetsTheDefaultWindow() {
        assertThat(WindowSize.on(1920, 1040)).isEqualTo(new WindowSize(1280, 800, 1024, 700, false));
    }

    @Test
    void aHallScreenGetsItsWholeVisibleAreaMaximised() {
        WindowSize s = WindowSize.on(1366, 728); // 768 less a 40 px task bar
        assertThat(s.height()).isEqualTo(728);
        assertThat(s.width()).isEqualTo(1366);
        assertThat(s.maximised()).isTrue();
    }

    @Test
    void theMinimumNeverExceedsTheScreen() {
        WindowSize s = WindowSize.on(1024, 690);
        assertThat(s.minWidth()).isEqualTo(1024);
        assertThat(s.minHeight()).isEqualTo(690);
        assertThat(s.height()).isEqualTo(690);
    }
}
