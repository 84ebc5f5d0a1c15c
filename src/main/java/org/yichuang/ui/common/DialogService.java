package org.yichuang.ui.common;

import java.nio.file.Path;
import java.util.Optional;

/** Windows a view model may ask for without touching JavaFX itself. */
public interface DialogService {
    /** Asks where to save a file; empty when the user cancels. */
    Optional<Path> chooseSaveFile(String title, String suggestedName, String extension);

    void showError(String title, String message);
}
