package org.yichuang.testing;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.opentest4j.TestAbortedException;

/**
 * A test that needs a daemon, a font or a tool may skip on a developer's machine with a message, but in CI
 * ({@code CI=true}, where {@code .ci/run} installs and starts everything) a skip is a failure: a green run must not
 * hide a test that never ran. Registered for every test through {@code META-INF/services}.
 */
public final class NoSkipsInCi implements TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler {
    private static final boolean CI = "true".equalsIgnoreCase(System.getenv("CI"));

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        throw failInCi(throwable);
    }

    @Override
    public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        throw failInCi(throwable);
    }

    @Override
    public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        throw failInCi(throwable);
    }

    private static Throwable failInCi(Throwable throwable) {
        if (CI && throwable instanceof TestAbortedException skipped) {
            return new AssertionError("skipped in CI, where .ci/run must provide what this test needs: "
                    + skipped.getMessage(), skipped);
        }
        return throwable;
    }
}
