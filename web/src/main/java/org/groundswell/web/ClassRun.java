package org.groundswell.web;

import java.util.List;

import org.groundswell.model.metrics.DayRecord;
import org.groundswell.scenarios.Scenario;

/**
 * A class's run as it stands, for its report: the class's hospital and its twin, the same hospital on the same
 * seed under the model's own decisions, day by day (warm-up included), and who decided what.
 *
 * @param code          the room's code
 * @param scenario      the scenario as resolved, overrides applied
 * @param strategy      the strategy both hospitals run
 * @param timeLimit     seconds a student had for each decision
 * @param standDays     days an answer stood for the same seat's later decisions of its kind
 * @param classDays     the class's hospital, a record per day simulated
 * @param modelDays     the twin under the model's own decisions, a record per day simulated
 * @param decisions     every decision of a seat a student held, in the order made
 * @param students      students who joined the room
 * @param finished      whether the run has simulated its last day
 */
public record ClassRun(String code, Scenario scenario, String strategy, int timeLimit, int standDays,
                       List<DayRecord> classDays, List<DayRecord> modelDays, List<Decision> decisions,
                       int students, boolean finished) {

    public ClassRun {
        classDays = List.copyOf(classDays);
        modelDays = List.copyOf(modelDays);
        decisions = List.copyOf(decisions);
    }

    /**
     * One decision of a seat a student held.
     *
     * @param day        the day it was made on
     * @param occurrence how many decisions of its kind its unit had faced earlier that day (0 for the first)
     * @param unit       the unit's index
     * @param unitName   the unit's name
     * @param kind       {@code harm}, {@code release} or {@code speak-up}
     * @param choice     what stood: a choice of the kind, or {@code model} where the model's own decision stood
     * @param model      the model's own decision, in words
     * @param by         the student who answered (or whose answer stood), or whose time ran out
     * @param how        {@code answered}, {@code standing} (an earlier answer stood) or {@code timed out}
     */
    public record Decision(int day, int occurrence, int unit, String unitName, String kind, String choice,
                           String model, String by, String how) {
    }
}
