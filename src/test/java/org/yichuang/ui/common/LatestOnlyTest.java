package org.yichuang.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Search as you type: a keystroke cancels the query before it, and only the newest answer is shown. */
class LatestOnlyTest {
    /** An executor that holds every delayed task until the test lets time pass. */
    private static final class HeldTasks implements TaskExecutor {
        record Held(Duration delay, Runnable run, boolean[] cancelled) {
        }

        final List<Held> held = new ArrayList<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            throw new AssertionError("search as you type must wait for the quiet period");
        }

        @Override
        public <T> Handle later(Duration delay, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            boolean[] cancelled = {false};
            held.add(new Held(delay, () -> {
                try {
                    onSuccess.accept(work.call());
                } catch (Exception e) {
                    onFailure.accept(e);
                }
            }, cancelled));
            return () -> cancelled[0] = true;
        }

        /** Time passes: every task not cancelled runs, in order. */
        void pass() {
            held.stream().filter(h -> !h.cancelled()[0]).forEach(h -> h.run().run());
            held.clear();
        }
    }

    @Test
    void onlyTheNewestQueryIsSentAfterTheQuietPeriodAndAnswered() {
        HeldTasks tasks = new HeldTasks();
        List<String> sent = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        LatestOnly<String, String> latest = new LatestOnly<>(tasks, LatestOnly.QUIET, q -> () -> {
            sent.add(q);
            return "hits for " + q;
        });
        for (String typed : List.of("f", "fa", "fal", "falu")) {
            latest.ask(typed, shown::add, e -> shown.add("failed"));
        }
        assertThat(latest.busyProperty().get()).isTrue();
        assertThat(tasks.held).hasSize(4).allSatisfy(h -> assertThat(h.delay()).isEqualTo(Duration.ofMillis(150)));
        assertThat(tasks.held.subList(0, 3)).allSatisfy(h -> assertThat(h.cancelled()[0]).isTrue());
        tasks.pass();
        assertThat(sent).containsExactly("falu");
        assertThat(shown).containsExactly("hits for falu");
        assertThat(latest.busyProperty().get()).isFalse();
    }

    @Test
    void aFailureOfTheNewestQueryIsSaidAndEndsTheBusyState() {
        HeldTasks tasks = new HeldTasks();
        List<String> shown = new ArrayList<>();
        LatestOnly<String, String> latest = new LatestOnly<>(tasks, LatestOnly.QUIET, q -> () -> {
            throw new IllegalStateException("platform away");
        });
        latest.ask("falu", shown::add, e -> shown.add(e.getMessage()));
        tasks.pass();
        assertThat(shown).containsExactly("platform away");
        assertThat(latest.busyProperty().get()).isFalse();
    }
}
