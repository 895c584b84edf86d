package org.groundswell.model.culture;

import java.util.ArrayList;
import java.util.List;

import org.groundswell.model.improvement.Problem;
import org.groundswell.model.improvement.Problem.Status;
import org.groundswell.model.improvement.Problems;
import org.groundswell.model.kernel.Calendar;
import org.groundswell.model.kernel.DailyProcess;
import org.groundswell.model.kernel.KeyedRandom;

/**
 * VOICE: speaking up or working around, and managers acting on what is raised. Once a week, staff who work
 * around a problem on their unit raise it with the unit's speak-up probability ({@link Culture#speakUpProbability}:
 * safety, the manager's respect, the colleagues' respect and shared goals; Edmondson 1999, Common Fire 2017), or
 * go on working around it in silence. A problem raised beyond one unit reaches senior leadership. Each day each
 * unit manager fixes the most severe problem raised on the unit, as often as their attention allows
 * ({@code leadership.managerFixesPerYear}, a Poisson number a day, less the share of yesterday's attention that
 * monitoring mandates and supporting the unit's team took, {@link Managers}; Tucker &amp; Singer 2015: what helps
 * is fixing what staff raised), and each fix raises the unit's safety.
 */
public final class Voice implements DailyProcess {

    private static final long serialVersionUID = 1L;

    private final Problems problems;
    private final Culture culture;
    private final double managerFixesPerDay;
    private final double managerFixFit;

    public Voice(Problems problems, Culture culture, LeadershipParameters leadership) {
        this.problems = problems;
        this.culture = culture;
        this.managerFixesPerDay = leadership.managerFixesPerYear() / Calendar.DAYS_PER_YEAR;
        this.managerFixFit = leadership.managerFixFit();
    }

    @Override
    public void day(int day) {
        if (Calendar.weekly(day)) {
            speakUp(day);
        }
        int[] fixes = managersFix(day);
        for (int u = 0; u < fixes.length; u++) {
            culture.actedOn(u, fixes[u]);
        }
    }

    /** A week of voice: on each unit, staff working around a problem raise it with the unit's probability. */
    private void speakUp(int day) {
        double[] speakUp = new double[problems.units()];
        for (int u = 0; u < speakUp.length; u++) {
            speakUp[u] = culture.speakUpProbability(u);
        }
        for (Problem p : problems.all()) {
            for (int k = 0; k < p.reach(); k++) {
                if (p.status(k) == Status.WORKAROUND) {
                    boolean drawn = problems.draw(Problems.SPEAK_UP, p, k, day) < speakUp[p.unit(k)];
                    if (culture.decisions().speakUp(p.unit(k), p.type(), day, drawn)) {
                        problems.raise(p, k);
                    }
                }
            }
        }
    }

    /**
     * Managers spend the day's attention on the most severe problems raised on their units; the fixes per unit.
     * Each unit's problems are listed once, on a day any manager fixes, in the order of the open problems, so
     * that a fix looks only at its own unit's problems and the most severe first among equals is the same one.
     */
    private int[] managersFix(int day) {
        int units = problems.units();
        int[] fixes = new int[units];
        int[] wanted = new int[units];
        boolean any = false;
        for (int u = 0; u < units; u++) {
            double mean = managerFixesPerDay * culture.managers().attentionForFixing(u);
            wanted[u] = mean > 0 ? KeyedRandom.of(problems.key(), Problems.FIXES, u, day).nextPoisson(mean) : 0;
            any |= wanted[u] > 0;
        }
        if (!any) {
            return fixes;
        }
        List<List<Problem>> onUnit = problemsByUnit(units, wanted);
        for (int u = 0; u < units; u++) {
            for (int k = 0; k < wanted[u]; k++) {
                Problem best = null;
                int bestK = -1;
                for (Problem p : onUnit.get(u)) {
                    int j = p.indexOf(u);
                    if (p.status(j) == Status.RAISED
                            && (best == null || problems.effective(p, j) > problems.effective(best, bestK))) {
                        best = p;
                        bestK = j;
                    }
                }
                if (best == null) {
                    break;
                }
                problems.fix(best, bestK, managerFixFit);
                fixes[u]++;
            }
        }
        return fixes;
    }

    /** For each unit whose manager fixes today, the open problems that reach it, in the order of the open problems. */
    private List<List<Problem>> problemsByUnit(int units, int[] wanted) {
        List<List<Problem>> onUnit = new ArrayList<>(units);
        for (int u = 0; u < units; u++) {
            onUnit.add(new ArrayList<>());
        }
        for (Problem p : problems.all()) {
            for (int k = 0; k < p.reach(); k++) {
                int u = p.unit(k);
                if (wanted[u] > 0 && p.indexOf(u) == k) {
                    onUnit.get(u).add(p);
                }
            }
        }
        return onUnit;
    }
}
