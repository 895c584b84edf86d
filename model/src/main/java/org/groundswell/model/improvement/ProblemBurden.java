package org.groundswell.model.improvement;

import java.io.Serializable;
import java.util.Arrays;

import org.groundswell.model.care.UnitState;
import org.groundswell.model.improvement.Problem.Status;
import org.groundswell.model.kernel.DailyProcess;
import org.groundswell.model.metrics.Counter;
import org.groundswell.model.metrics.DayCounters;

/**
 * What the broken systems do to each unit, measured from the problems as they stand: the severity weighted
 * for harm, which raises the adverse-event hazard ({@code problems.harmPerSeverity}; de Vries et al. 2008:
 * about 40% of harm preventable); the share of staff time wasted ({@code problems.timePerSeverity}, at most
 * {@code problems.maxTimeLoss}; a workaround saves {@code culture.workaroundRelief} of it); and the severity
 * worked around in silence, which weighs on the staff as moral injury. As a process (COORDINATION) it sets
 * today's effects on care.
 */
public final class ProblemBurden implements DailyProcess, Serializable {

    private static final long serialVersionUID = 1L;

    private final Problems problems;
    private final ProblemParameters parameters;
    private final double workaroundRelief;
    private final UnitState[] units;
    private final double[] harm;
    private final double[] timeLoss;
    private final double[] silent;
    private final int[] workarounds;
    private final int[] openOn;
    private final double[] discharge;

    /** @param workaroundRelief share of a problem's wasted time a workaround saves */
    public ProblemBurden(Problems problems, ProblemParameters parameters, double workaroundRelief, UnitState[] units) {
        this.problems = problems;
        this.parameters = parameters;
        this.workaroundRelief = workaroundRelief;
        this.units = units;
        int n = units.length;
        this.harm = new double[n];
        this.timeLoss = new double[n];
        this.silent = new double[n];
        this.workarounds = new int[n];
        this.openOn = new int[n];
        this.discharge = new double[n];
    }

    /** Measures the burden and sets each unit's problem effects on care for today. */
    @Override
    public void day(int day) {
        measure();
        for (UnitState unit : units) {
            int u = unit.index();
            unit.setProblems(harm[u], timeLoss[u]);
            unit.setDischargeProblems(discharge[u]);
        }
    }

    /** Measures each unit's burden from the problems as they stand now. */
    public void measure() {
        Arrays.fill(harm, 0);
        Arrays.fill(timeLoss, 0);
        Arrays.fill(silent, 0);
        Arrays.fill(workarounds, 0);
        Arrays.fill(openOn, 0);
        Arrays.fill(discharge, 0);
        ProblemTypeParameters types = problems.types();
        for (Problem p : problems.all()) {
            for (int k = 0; k < p.reach(); k++) {
                int u = p.unit(k);
                double r = problems.effective(p, k);
                harm[u] += r * types.harmWeight(p.type());
                if (p.type() == ProblemType.DISCHARGE_PLANNING) {
                    discharge[u] += r;
                }
                Status s = p.status(k);
                double time = r * types.timeWeight(p.type());
                if (s == Status.WORKAROUND) {
                    time *= 1 - workaroundRelief;
                    silent[u] += r;
                    workarounds[u]++;
                }
                timeLoss[u] += time;
                if (s != Status.FIXED) {
                    openOn[u]++;
                }
            }
        }
        for (int u = 0; u < units.length; u++) {
            harm[u] *= parameters.harmPerSeverity();
            discharge[u] *= parameters.harmPerSeverity();
            timeLoss[u] = Math.min(parameters.maxTimeLoss(), timeLoss[u] * parameters.timePerSeverity());
        }
    }

    /** Severity of the problems unit {@code u}'s staff work around in silence, at the last measure. */
    public double silent(int u) {
        return silent[u];
    }

    /**
     * METRICS: each unit's open problems, fixes so far, workarounds and working practices, at the last
     * measure; the hospital's open and fixed problems.
     */
    public void tally(DayCounters counters) {
        for (int u = 0; u < units.length; u++) {
            counters.set(Counter.PROBLEMS_OPEN, u, openOn[u]);
            counters.set(Counter.PROBLEMS_FIXED, u, problems.fixesOn(u));
            counters.set(Counter.WORKAROUNDS, u, workarounds[u]);
            counters.set(Counter.PRACTICE_SLOTS, u, ProblemType.values().length);
            counters.set(Counter.PRACTICES_WORKING, u, problems.practices().workingOn(u));
        }
        int hospital = counters.hospitalSlot();
        counters.set(Counter.PROBLEMS_OPEN, hospital, problems.openCount());
        counters.set(Counter.PROBLEMS_FIXED, hospital, problems.fixedCount());
    }
}
