package org.groundswell.model.region;

import java.io.Serializable;

import org.groundswell.model.improvement.Designer;
import org.groundswell.model.improvement.Practice;
import org.groundswell.model.improvement.Practices;
import org.groundswell.model.improvement.Problem;
import org.groundswell.model.improvement.ProblemType;
import org.groundswell.model.improvement.Problems;
import org.groundswell.model.kernel.Calendar;
import org.groundswell.model.kernel.KeyedRandom;
import org.groundswell.model.workforce.Staffing;

/**
 * How change crosses from one member hospital to another: only through the staff they share and the data they
 * share. Once a week, on every unit of a member whose staff see a problem of a type and that has no working
 * practice for it:
 *
 * <ul>
 *   <li><b>Bank staff carry it.</b> The unit's bank shifts of the week each bring the practice with the chance
 *   {@code bank.carryRate} × the share of the bank's shifts at the other members worked where it works (owned
 *   and working): the chance per week is 1 − exp(−rate × shifts × share). A carried practice is put in place
 *   by {@code bank.carriedKnownShare} of the unit's staff, at the others' mean fit less {@code
 *   bank.carriedFitLoss}; it lives in people, and spreads on the unit or lapses as any owned practice does.</li>
 *   <li><b>The data show it.</b> Where members share their data, the unit copies a practice working on the
 *   share s of the other members' units with the chance 1 − exp(−{@code data.copyRate} × s): followed at
 *   first by {@code data.copyCompliance} of its staff, at the others' mean fit less {@code data.copyFitLoss},
 *   owned by nobody, and decaying over {@code data.copyDecayDays} (a cookie cutter).</li>
 * </ul>
 *
 * Each week's chances are computed from the practices as they stood before any of the week's arrivals.
 */
public final class PracticeCarriage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ProblemType[] TYPES = ProblemType.values();
    private static final long CARRY = 1;
    private static final long COPY = 2;

    private final BankParameters bank;
    private final SharedDataParameters data;
    private final Problems[] problems;
    private final Staffing[] staffing;
    private final long key;
    /** Bank shifts of the week so far on each member's units. */
    private final double[][] weekShifts;

    /**
     * @param problems each member's problems and practices, in member order
     * @param staffing each member's staffing
     * @param key      the key of the carriage's draws
     */
    public PracticeCarriage(BankParameters bank, SharedDataParameters data, Problems[] problems, Staffing[] staffing,
                            long key) {
        this.bank = bank;
        this.data = data;
        this.problems = problems.clone();
        this.staffing = staffing.clone();
        this.key = key;
        this.weekShifts = new double[problems.length][];
        for (int h = 0; h < problems.length; h++) {
            weekShifts[h] = new double[problems[h].units()];
        }
    }

    /** After the members' day {@code day}: counts the day's bank shifts and, once a week, carries practices. */
    public void day(int day) {
        for (int h = 0; h < weekShifts.length; h++) {
            for (int u = 0; u < weekShifts[h].length; u++) {
                weekShifts[h][u] += staffing[h].bankShifts(u);
            }
        }
        if (!Calendar.weekly(day)) {
            return;
        }
        Tallies bankTally = bank.open() && bank.carryRate() > 0 ? Tallies.of(problems, weekShifts, true) : null;
        Tallies dataTally = data.shared() && data.copyRate() > 0 ? Tallies.of(problems, null, false) : null;
        for (int h = 0; h < problems.length; h++) {
            if (bankTally != null) {
                carry(h, bankTally, day);
            }
            if (dataTally != null) {
                copy(h, dataTally, day);
            }
        }
        for (double[] row : weekShifts) {
            java.util.Arrays.fill(row, 0);
        }
    }

    private void carry(int h, Tallies tally, int day) {
        double[] share = tally.othersShares(h);
        for (int u = 0; u < weekShifts[h].length; u++) {
            double shifts = weekShifts[h][u];
            if (shifts <= 0) {
                continue;
            }
            for (ProblemType t : TYPES) {
                if (share[t.ordinal()] <= 0 || !open(h, u, t)) {
                    continue;
                }
                double chance = 1 - Math.exp(-bank.carryRate() * shifts * share[t.ordinal()]);
                if (draw(CARRY, h, u, t, day) < chance) {
                    double fit = tally.othersFit(h, t) * (1 - bank.carriedFitLoss());
                    problems[h].adopt(new Practice(u, t, Designer.CARRIED, fit, bank.carriedKnownShare(), day, -1,
                            Double.POSITIVE_INFINITY).knownBy(bank.carriedKnownShare()));
                }
            }
        }
    }

    private void copy(int h, Tallies tally, int day) {
        double[] share = tally.othersShares(h);
        for (int u = 0; u < problems[h].units(); u++) {
            for (ProblemType t : TYPES) {
                if (share[t.ordinal()] <= 0 || !open(h, u, t)) {
                    continue;
                }
                double chance = 1 - Math.exp(-data.copyRate() * share[t.ordinal()]);
                if (draw(COPY, h, u, t, day) < chance) {
                    double fit = tally.othersFit(h, t) * (1 - data.copyFitLoss());
                    problems[h].adopt(new Practice(u, t, Designer.CENTRAL, fit, data.copyCompliance(), day, -1,
                            data.copyDecayDays()));
                }
            }
        }
    }

    /** Whether unit {@code u} of member {@code h} sees a problem of {@code t} and has no working practice for it. */
    private boolean open(int h, int u, ProblemType t) {
        return !problems[h].practices().working(u, t) && Problem.seenOn(problems[h].all(), u, t);
    }

    private double draw(long route, int h, int u, ProblemType t, int day) {
        return KeyedRandom.uniform(KeyedRandom.hash(key, route, h, u), KeyedRandom.hash(t.ordinal(), day));
    }

    /**
     * Per member and type, the weight of the places where a practice works and their fit: bank shifts on units
     * where an owned practice works (the bank's route), or units where any practice works (the data's).
     */
    private record Tallies(double[] total, double[][] where, double[][] fit) {

        static Tallies of(Problems[] problems, double[][] shifts, boolean ownedOnly) {
            int members = problems.length;
            double[] total = new double[members];
            double[][] where = new double[members][TYPES.length];
            double[][] fit = new double[members][TYPES.length];
            for (int h = 0; h < members; h++) {
                Practices practices = problems[h].practices();
                for (int u = 0; u < problems[h].units(); u++) {
                    double weight = shifts == null ? 1 : shifts[h][u];
                    total[h] += weight;
                    for (ProblemType t : TYPES) {
                        Practice p = practices.get(u, t);
                        if (p != null && practices.working(u, t) && (!ownedOnly || p.owned())) {
                            where[h][t.ordinal()] += weight;
                            fit[h][t.ordinal()] += weight * p.fit();
                        }
                    }
                }
            }
            return new Tallies(total, where, fit);
        }

        /** {@link #othersShare} of every type, in type order: worked out once per member, not per unit. */
        double[] othersShares(int h) {
            double[] shares = new double[TYPES.length];
            for (ProblemType t : TYPES) {
                shares[t.ordinal()] = othersShare(h, t);
            }
            return shares;
        }

        /** The share of the weight at the members other than {@code h} where {@code t}'s practice works. */
        double othersShare(int h, ProblemType t) {
            double all = 0;
            double working = 0;
            for (int g = 0; g < total.length; g++) {
                if (g != h) {
                    all += total[g];
                    working += where[g][t.ordinal()];
                }
            }
            return all > 0 ? working / all : 0;
        }

        /** The mean fit of {@code t}'s working practices at the members other than {@code h}, by weight. */
        double othersFit(int h, ProblemType t) {
            double working = 0;
            double fitSum = 0;
            for (int g = 0; g < total.length; g++) {
                if (g != h) {
                    working += where[g][t.ordinal()];
                    fitSum += fit[g][t.ordinal()];
                }
            }
            return working > 0 ? fitSum / working : 0;
        }
    }
}
