package org.yichuang.testing;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.yichuang.ui.common.TaskExecutor;

/** Runs work at once on the calling thread, so a view model can be tested without the JavaFX toolkit. */
public final class SameThreadTasks implements TaskExecutor {
    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        try {
            onSuccess.accept(work.call());
        } catch (Exception e) {
            onFailure.accept(e);
        }
    }
}
