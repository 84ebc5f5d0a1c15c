package org.yichuang.domain.evaluation;

/** The five levels of 好差评; 不满意 and 非常不满意 are bad ratings, which need a reason. */
public enum Rating {
    VERY_SATISFIED(5), SATISFIED(4), BASICALLY_SATISFIED(3), DISSATISFIED(2), VERY_DISSATISFIED(1);

    private final int score;

    Rating(int score) {
        this.score = score;
    }

    public int score() {
        return score;
    }

    public boolean bad() {
        return score <= 2;
    }
}
