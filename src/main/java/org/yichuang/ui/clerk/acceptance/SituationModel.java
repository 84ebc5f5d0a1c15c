package org.yichuang.ui.clerk.acceptance;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.yichuang.domain.catalogue.Situation;
import org.yichuang.domain.catalogue.SituationOption;

/** One situation question and the option chosen, the first by default. */
public final class SituationModel {
    private final Situation situation;
    private final ObjectProperty<SituationOption> answer = new SimpleObjectProperty<>();

    SituationModel(Situation situation) {
        this.situation = situation;
        answer.set(situation.options().isEmpty() ? null : situation.options().getFirst());
    }

    public Situation situation() {
        return situation;
    }

    public ObjectProperty<SituationOption> answerProperty() {
        return answer;
    }
}
