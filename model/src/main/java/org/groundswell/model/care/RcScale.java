package org.groundswell.model.care;

/** The relational coordination survey's scale, 1 to 5, as care reads it. */
final class RcScale {

    static final double MIN = 1;
    static final double MAX = 5;
    /** What an unscored relationship counts as: the high end of the survey's middle, where hospitals sit. */
    static final double NEUTRAL_HIGH = 4;

    private RcScale() {
    }
}
