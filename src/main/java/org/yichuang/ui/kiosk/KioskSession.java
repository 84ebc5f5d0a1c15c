package org.yichuang.ui.kiosk;

import java.time.Duration;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * A citizen's time at the kiosk: any touch restarts the idle countdown; when it runs out, or the citizen
 * leaves, {@code onEnd} wipes everything the session held and the attract screen returns.
 */
public final class KioskSession {
    private final int idleSeconds;
    private final Runnable onEnd;
    private final ReadOnlyIntegerWrapper secondsLeft = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper();
    private final Timeline ticker;
    private final javafx.beans.property.ObjectProperty<org.yichuang.domain.applicant.CardHolder> citizen =
            new javafx.beans.property.SimpleObjectProperty<>();

    public KioskSession(Duration idleTimeout, Runnable onEnd) {
        this.idleSeconds = (int) Math.max(5, idleTimeout.toSeconds());
        this.onEnd = onEnd;
        this.ticker = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> tick()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        secondsLeft.set(idleSeconds);
    }

    public void start() {
        active.set(true);
        touch();
        ticker.playFromStart();
    }

    /** The citizen did something: the countdown starts again. */
    public void touch() {
        secondsLeft.set(idleSeconds);
    }

    void tick() {
        if (!active.get()) {
            return;
        }
        secondsLeft.set(secondsLeft.get() - 1);
        if (secondsLeft.get() <= 0) {
            end();
        }
    }

    public void end() {
        ticker.stop();
        citizen.set(null); // the person leaves no trace behind
        active.set(false);
        secondsLeft.set(idleSeconds);
        onEnd.run();
    }

    /** The citizen identified in this session, or null. */
    public javafx.beans.property.ObjectProperty<org.yichuang.domain.applicant.CardHolder> citizenProperty() {
        return citizen;
    }

    public ReadOnlyIntegerProperty secondsLeftProperty() {
        return secondsLeft.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    public int idleSeconds() {
        return idleSeconds;
    }
}
