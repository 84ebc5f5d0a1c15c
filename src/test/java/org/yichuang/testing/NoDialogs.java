package org.yichuang.testing;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.yichuang.ui.common.DialogService;

/** A clerk who cancels every dialog: for view-model tests that must not open windows. */
public final class NoDialogs implements DialogService {
    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, String extension) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, List<String> extensions) {
        return Optional.empty();
    }

    @Override
    public void showError(String title, String message) {
        throw new AssertionError("unexpected error dialog: " + title + ": " + message);
    }
}
