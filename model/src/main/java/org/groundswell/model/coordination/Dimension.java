package org.groundswell.model.coordination;

/**
 * The seven dimensions of relational coordination, each rated 1–5 in the Relational Coordination Survey
 * (Gittell et al. 2000, Medical Care 38:807; Gittell 2016): four of communication and three of relationship.
 */
public enum Dimension {
    FREQUENT_COMMUNICATION,
    TIMELY_COMMUNICATION,
    ACCURATE_COMMUNICATION,
    PROBLEM_SOLVING_COMMUNICATION,
    SHARED_GOALS,
    SHARED_KNOWLEDGE,
    MUTUAL_RESPECT;

    /** The number of dimensions. */
    public static final int COUNT = values().length;
}
