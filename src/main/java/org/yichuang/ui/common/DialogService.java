package org.yichuang.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Windows a view model may ask for without touching JavaFX itself. */
public interface DialogService {
    /** Asks where to save a file; empty when the user cancels. */
    Optional<Path> chooseSaveFile(String title, String suggestedName, String extension);

    /** Asks for a file to open among the given extensions (without dots); empty when the user cancels. */
    Optional<Path> chooseOpenFile(String title, List<String> extensions);

    void showError(String title, String message);
}
