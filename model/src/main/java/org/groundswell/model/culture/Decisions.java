package org.groundswell.model.culture;

import java.io.Serializable;

import org.groundswell.model.improvement.ProblemType;

/**
 * The decisions people in the hospital make that the model otherwise draws, as hooks someone else may answer:
 * a unit manager answering a reported harm with blame or a joint analysis, a unit manager releasing staff time
 * for the unit's improvement team or keeping everyone on the floor, and the frontline staff of a unit raising a
 * problem they work around or going on working around it. The browser classroom lets students answer them.
 *
 * <p>At each decision point the model first makes its own decision, drawing exactly the random numbers it
 * always draws, and then asks the hook, which returns the decision that stands. So the random numbers are used
 * the same way whoever decides: a hospital whose people decide and the same hospital under the model's own
 * decisions meet the same patients, staff and luck (common random numbers), and differ only by what follows
 * from the decisions. {@link #MODEL}, the default, returns the model's own decision every time, and gives the
 * same run, byte for byte, as a hospital without the hook.
 *
 * <p>A hospital keeps its hook when it is checkpointed: a hook that is not serializable must not be set on a
 * hospital that will be.
 */
public interface Decisions extends Serializable {

    /** The model's own decisions. */
    Decisions MODEL = TheModel.INSTANCE;

    /** A unit manager's answer to a reported adverse event. */
    enum HarmResponse {
        /** Blame an individual: fear rises, safety falls, the blamed person's ties lose respect. */
        BLAME,
        /** A joint analysis with the unit, which may find and fix the broken system behind the event. */
        JOINT_ANALYSIS
    }

    /**
     * The answer to an adverse event reported on unit {@code unit} on {@code day}.
     *
     * @param drawn the model's own answer ({@code leadership.blameResponse}, softened by a social contract)
     */
    default HarmResponse answerHarm(int unit, int day, HarmResponse drawn) {
        return drawn;
    }

    /**
     * The share, 0-1, of its improvement team's hours that unit {@code unit} releases from care on {@code day}
     * (asked for a unit with a team at work).
     *
     * @param share the model's own share: less the more overloaded the unit is ({@code change.stallOverload})
     */
    default double releaseTime(int unit, int day, double share) {
        return share;
    }

    /**
     * Whether the staff of unit {@code unit} raise a problem of type {@code type} they work around, in the
     * weekly round of voice on {@code day}, or go on working around it.
     *
     * @param drawn the model's own decision, drawn with the unit's speak-up probability
     */
    default boolean speakUp(int unit, ProblemType type, int day, boolean drawn) {
        return drawn;
    }

    /** The model's own decisions, the default: every hook returns what the model drew. */
    enum TheModel implements Decisions {
        INSTANCE
    }
}
