package org.yichuang.usecase.port;

import org.yichuang.domain.evaluation.Evaluation;

/** 好差评 (contract: /evaluations). */
public interface ServiceEvaluations {
    /** Records a rating of a case; rating the same case twice is refused unless the first was bad. */
    void evaluate(Evaluation evaluation);
}
