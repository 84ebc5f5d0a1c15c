package org.yichuang.ui.kiosk.identify;

import java.time.Duration;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.yichuang.domain.applicant.CardHolder;
import org.yichuang.ui.common.ErrorMessages;
import org.yichuang.ui.common.I18n;
import org.yichuang.ui.common.TaskExecutor;
import org.yichuang.usecase.IdentifyApplicant;
import org.yichuang.usecase.port.IdCardReader;

/**
 * 请放置身份证: listens to the reader only while the screen is shown; a card that leaves or cannot be read is
 * explained and the screen keeps listening; a card read hands the citizen on.
 */
public final class IdentifyViewModel {
    private static final Duration ATTEMPT = Duration.ofSeconds(2);
    /** How long a refused card's message stays before the screen listens again (the citizen takes the card away). */
    private static final Duration REFUSED_SHOWN = Duration.ofSeconds(4);
    private final IdentifyApplicant identify;
    private final TaskExecutor tasks;
    private final I18n i18n;
    private final ErrorMessages errors;
    private final Consumer<CardHolder> onIdentified;
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty listening = new SimpleBooleanProperty();
    private final String prompt;

    public IdentifyViewModel(IdentifyApplicant identify, boolean takesSocialSecurityCards, TaskExecutor tasks, I18n i18n,
                             ErrorMessages errors, Consumer<CardHolder> onIdentified) {
        this.identify = identify;
        this.prompt = i18n.get(takesSocialSecurityCards ? "kiosk.identify.promptWithSsc" : "kiosk.identify.prompt");
        this.tasks = tasks;
        this.i18n = i18n;
        this.errors = errors;
        this.onIdentified = onIdentified;
        message.set(prompt);
    }

    /** Starts listening; called when the screen is shown. */
    public void start() {
        if (!listening.get()) {
            listening.set(true);
            attempt();
        }
    }

    /** Stops listening; called when the screen is hidden. A read under way finishes and is dropped. */
    public void stop() {
        listening.set(false);
    }

    private void attempt() {
        tasks.run(() -> identify.read(ATTEMPT), read -> {
            if (!listening.get()) {
                return;
            }
            if (!read.problems().isEmpty()) { // the window's checks: an expired card identifies nobody here either
                message.set(i18n.get("kiosk.identify.refused", i18n.get(read.problems().contains("id.expired")
                        ? "kiosk.identify.expired" : "kiosk.identify.unverifiable")));
                tasks.later(REFUSED_SHOWN, () -> true, shown -> {
                    if (listening.get()) {
                        attempt();
                    }
                }, f -> { });
                return;
            }
            listening.set(false);
            message.set(i18n.get("kiosk.identify.done"));
            onIdentified.accept(read.person());
        }, failure -> {
            if (!listening.get()) {
                return;
            }
            if (failure instanceof IdCardReader.IdCardException e) {
                // no card yet: keep the prompt; anything else is said plainly, and the screen keeps listening
                message.set(e.reason() == IdCardReader.IdCardException.Reason.TIMEOUT ? prompt
                        : org.yichuang.ui.common.CardMessages.forKiosk(e, i18n));
            } else {
                message.set(errors.of(failure));
            }
            attempt();
        });
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty listeningProperty() {
        return listening;
    }
}
