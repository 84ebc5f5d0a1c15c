package org.yichuang.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs blocking work (device, network, PDF, disk) off the FX thread and reports back on it. */
public interface TaskExecutor {
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);
}
