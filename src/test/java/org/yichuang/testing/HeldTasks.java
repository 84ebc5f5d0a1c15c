package org.yichuang.testing;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.yichuang.ui.common.TaskExecutor;

/**
 * Holds background work until the test lets it run, so a view model can be seen while a task is still under way
 * (busy, a loading text, a second press that must be ignored). Runs on the calling thread, without the toolkit.
 */
public final class HeldTasks implements TaskExecutor {
    private final Deque<Runnable> held = new ArrayDeque<>();

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        held.add(() -> new SameThreadTasks().run(work, onSuccess, onFailure));
    }

    /** How many tasks wait. */
    public int waiting() {
        return held.size();
    }

    /** Runs the oldest task waiting and reports its outcome as the FX thread would. */
    public void runNext() {
        if (held.isEmpty()) {
            throw new AssertionError("no task is waiting");
        }
        held.poll().run();
    }
}
