package org.yichuang.usecase;

import org.yichuang.domain.evaluation.Evaluation;
import org.yichuang.usecase.port.ServiceEvaluations;

/** 好差评: the applicant rates the service of a case; a bad rating needs its aspects and a reason. Blocks. */
public final class RateService {
    private final ServiceEvaluations evaluations;

    public RateService(ServiceEvaluations evaluations) {
        this.evaluations = evaluations;
    }

    /** Records the rating; an incomplete one is refused here, before the platform would (IllegalArgumentException). */
    public void rate(Evaluation evaluation) {
        if (evaluation.rating() == null || !evaluation.complete()) {
            throw new IllegalArgumentException("an evaluation needs a rating, and a bad one its aspects and a reason");
        }
        evaluations.evaluate(evaluation);
    }
}
