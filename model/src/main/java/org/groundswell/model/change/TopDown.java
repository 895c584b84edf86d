package org.groundswell.model.change;

import java.util.ArrayList;
import java.util.List;

import org.groundswell.model.improvement.Designer;
import org.groundswell.model.improvement.Practice;
import org.groundswell.model.improvement.Problem;
import org.groundswell.model.improvement.ProblemType;
import org.groundswell.model.kernel.Calendar;
import org.groundswell.model.kernel.KeyedRandom;
import org.groundswell.model.kernel.LogOdds;
import org.groundswell.model.parameters.ChangeParameters;
import org.groundswell.model.parameters.TopDownParameters;

/**
 * {@code top-down}: leadership launches {@code topDown.initiativesPerYear} initiatives a year, the first on
 * day 0. For each it picks a problem type from what it can see — the harm of the problems it knows of (those
 * raised beyond one unit or found in the analysis of reported harm) plus the national priorities (each type's
 * harm weight, {@code topDown.priorityWeight}): a partial view, biased toward harm and away from the time
 * staff lose to supplies and equipment (Tucker et al. 2008). A central team designs one practice, whose fit
 * varies from unit to unit around {@code change.centralFit}, and rolls it out to every unit in waves of
 * {@code topDown.waveUnits} units, {@code topDown.waveDays} apart, in scenario order.
 *
 * <p>During its wave a unit's staff take {@code topDown.trainingHours} of mandatory training each, away from
 * care. From the wave's start leadership monitors the unit's compliance for {@code topDown.monitoringDays},
 * holding it at {@code topDown.monitoredCompliance} less the unit's resistance, which grows with the mandates
 * the unit has had recently (being "done to"), with low respect and shared goals, and with exhaustion. Each
 * recent mandate also adds strain (loss of choice, Common Fire 2017). When monitoring stops, nobody on the unit owns
 * the practice and its compliance decays ({@code topDown.complianceDecayDays}): back-sliding — unless the unit
 * has made it its own, which it does at its own rate ({@code topDown.ownershipPerYear}, more the more its staff
 * comply and the less they resist): from then on its staff carry it as they carry their own practices.
 */
final class TopDown implements Strategy {

    private static final long serialVersionUID = 1L;
    private static final ProblemType[] TYPES = ProblemType.values();
    private static final long FIT = 1;
    private static final long OWN = 2;

    /** One initiative: its type, each unit's wave start and fit, and the practice each unit was given. */
    private static final class Initiative implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        final ProblemType type;
        final int[] waveStart;
        final double[] fit;
        final Practice[] practice;

        Initiative(ProblemType type, int[] waveStart, double[] fit) {
            this.type = type;
            this.waveStart = waveStart;
            this.fit = fit;
            this.practice = new Practice[waveStart.length];
        }

        int lastMonitoredDay(int monitoringDays) {
            int last = Integer.MIN_VALUE;
            for (int start : waveStart) {
                last = Math.max(last, start + monitoringDays);
            }
            return last;
        }
    }

    private final List<Initiative> initiatives = new ArrayList<>();
    private double nextLaunch;
    private double[] doneTo;

    @Override
    public void start(ChangeContext context) {
        doneTo = new double[context.units()];
        nextLaunch = 0;
    }

    @Override
    public void day(ChangeContext context, int day) {
        TopDownParameters p = context.parameters().topDown();
        double forget = Math.exp(-1 / p.doneToDays());
        for (int u = 0; u < doneTo.length; u++) {
            doneTo[u] *= forget;
        }
        if (p.initiativesPerYear() > 0 && day >= nextLaunch) {
            launch(context, p, day);
            nextLaunch += Calendar.DAYS_PER_YEAR / p.initiativesPerYear();
        }
        for (Initiative initiative : initiatives) {
            roll(context, p, initiative, day);
        }
        for (int u = 0; u < doneTo.length; u++) {
            context.addStrain(u, p.doneToStrain() * doneTo[u]);
        }
    }

    private void launch(ChangeContext context, TopDownParameters p, int day) {
        ProblemType type = choose(context, p, day);
        if (type == null) {
            return;
        }
        ChangeParameters change = context.parameters().change();
        int units = context.units();
        int[] waveStart = new int[units];
        double[] fit = new double[units];
        for (int u = 0; u < units; u++) {
            waveStart[u] = day + (u / p.waveUnits()) * p.waveDays();
            double draw = KeyedRandom.uniform(KeyedRandom.hash(context.key(), FIT, type.ordinal(), u), day);
            fit[u] = Math.max(0, Math.min(1, change.centralFit() + change.centralFitSpread() * (draw - 0.5)));
        }
        initiatives.add(new Initiative(type, waveStart, fit));
        context.spend(p.programCost());
    }

    /**
     * The type leadership sees as most urgent: harm weight × (the severity of the unfixed problems of that type
     * it knows of + the national-priority weight), among the types no initiative is still being monitored for.
     */
    private ProblemType choose(ChangeContext context, TopDownParameters p, int day) {
        double[] known = new double[TYPES.length];
        for (Problem problem : context.problems()) {
            if (!problem.leadershipKnows()) {
                continue;
            }
            for (int k = 0; k < problem.reach(); k++) {
                if (problem.status(k) != Problem.Status.FIXED) {
                    known[problem.type().ordinal()] += context.severity(problem, k);
                }
            }
        }
        ProblemType best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (ProblemType t : TYPES) {
            if (underWay(t, day, p.monitoringDays())) {
                continue;
            }
            double score = context.parameters().problemTypes().harmWeight(t) * (known[t.ordinal()] + p.priorityWeight());
            if (score > bestScore) {
                best = t;
                bestScore = score;
            }
        }
        return best;
    }

    private boolean underWay(ProblemType type, int day, int monitoringDays) {
        for (Initiative initiative : initiatives) {
            if (initiative.type == type && day <= initiative.lastMonitoredDay(monitoringDays)) {
                return true;
            }
        }
        return false;
    }

    private void roll(ChangeContext context, TopDownParameters p, Initiative initiative, int day) {
        for (int u = 0; u < doneTo.length; u++) {
            int start = initiative.waveStart[u];
            if (day < start || day > start + Math.max(p.waveDays(), p.monitoringDays())) {
                continue;
            }
            if (day == start) {
                doneTo[u] += 1;
                Practice practice = new Practice(u, initiative.type, Designer.CENTRAL, initiative.fit[u], 0, day, -1,
                        p.complianceDecayDays());
                initiative.practice[u] = practice;
                context.adopt(practice);
            }
            if (day < start + p.waveDays()) {
                context.takeFromCare(u, context.headcount(u) * p.trainingHours() / p.waveDays(), true);
            }
            Practice practice = initiative.practice[u];
            if (day <= start + p.monitoringDays() && !practice.owned()
                    && context.practices().get(u, initiative.type) == practice) {
                practice.monitor(start + p.monitoringDays(), p.monitoredCompliance() * (1 - resistance(context, p, u)));
                context.adopt(practice);
                context.doneTo(u, 1);
                context.occupyManager(u, context.parameters().leadership().monitorAttention());
            }
        }
        for (int u = 0; u < doneTo.length; u++) {
            Practice practice = initiative.practice[u];
            if (practice != null && !practice.owned() && context.practices().get(u, initiative.type) == practice) {
                takeOver(context, p, initiative, u, practice, day);
            }
        }
    }

    /**
     * The unit may make the mandated practice its own: with the chance a day {@code topDown.ownershipPerYear}
     * / 365 × its compliance × (1 − the unit's resistance). Its staff then carry it as they carry a practice of
     * their own, starting with those who complied, and nobody needs to monitor it.
     */
    private void takeOver(ChangeContext context, TopDownParameters p, Initiative initiative, int u, Practice practice,
                          int day) {
        if (p.ownershipPerYear() <= 0 || practice.compliance() <= 0) {
            return;
        }
        double chance = p.ownershipPerYear() / Calendar.DAYS_PER_YEAR * practice.compliance()
                * (1 - resistance(context, p, u));
        double draw = KeyedRandom.uniform(KeyedRandom.hash(context.key(), OWN, initiative.type.ordinal(), u), day);
        if (draw < chance) {
            Practice owned = new Practice(u, initiative.type, Designer.ADAPTED, practice.fit(), practice.compliance(),
                    day, -1, Double.POSITIVE_INFINITY).knownBy(practice.compliance());
            initiative.practice[u] = owned;
            context.adopt(owned);
        }
    }

    /** The share of compliance unit {@code u} withholds from a mandate today. */
    private double resistance(ChangeContext context, TopDownParameters p, int u) {
        double reference = context.parameters().coordination().referenceRc();
        return LogOdds.shift(p.resistanceBase(), p.resistancePerMandate() * Math.max(0, doneTo[u] - 1)
                + p.resistanceRcEffect() * (reference - context.relationship(u))
                + p.resistanceExhaustionEffect() * (context.meanExhaustion(u) - p.referenceExhaustion()));
    }
}
