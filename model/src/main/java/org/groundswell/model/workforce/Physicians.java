package org.groundswell.model.workforce;

import java.io.Serializable;

import org.groundswell.model.care.UnitState;
import org.groundswell.model.kernel.Calendar;
import org.groundswell.model.kernel.DailyProcess;
import org.groundswell.model.kernel.KeyedRandom;
import org.groundswell.model.metrics.Counter;
import org.groundswell.model.metrics.DayCounters;

import ec.util.MersenneTwisterFast;

/**
 * WELLBEING, last: the physician group, as people. Each physician has a home unit and rounds on
 * {@code unitsPerPhysician} units in all, the others chosen among the units its home unit sends patients to or
 * receives them from (so physicians span the boundaries patients cross).
 *
 * <p><b>Care speed.</b> The group shares its census, as hospitalist groups do, so the load that slows care is
 * the hospital's census per physician on duty (Elliott et al. 2014); above the sustainable load, care slows on
 * every unit ({@link #delay}).
 *
 * <p><b>Each physician's load.</b> Every day each unit's patients are shared among the physicians on duty who
 * round on it (the group times {@code daysPerWeek} / 7), and a physician's load is the sum of its shares over
 * its units: over the group it averages the hospital's census per physician on duty, but a physician on busy
 * units carries more.
 *
 * <p><b>Burnout</b>, as the staff's ({@code wellbeing.Burnout}, after Maslach &amp; Jackson 1981): each day a
 * physician's exhaustion moves toward the logistic of its strain at the pace of {@code recoveryDays}; strain is
 * a base, a lasting personal trait drawn at the start, a slowly changing personal part (an Ornstein-Uhlenbeck
 * process stepped weekly, drawn keyed on the physician and the week), {@code loadStrain} per patient of its
 * load above (or below) {@code sustainableLoad}, {@code extraUnitStrain} per unit it covers beyond its home
 * unit, less {@code respectStrain} per RC point of its ties above the reference (West, Dyrbye &amp; Shanafelt
 * 2018: workload, fragmented work and collegiality drive and buffer burnout). At or above
 * {@code exhaustionCutoff} a physician is burned out; the base is calibrated so that, at the defaults, about
 * 44% are (Shanafelt et al. 2019: 43.9% of US physicians had at least one symptom of burnout in 2017). The RC
 * of its ties is read from the staff network, where physicians are nodes ({@link #connect}); for a physician
 * with no tie to anyone present, from the care-team RC of its units.
 *
 * <p><b>Harm.</b> A unit's adverse-event hazard is multiplied by 1 + (burnoutHarmRatio - 1) × the share of its
 * rounding physicians burned out ({@link UnitState#setPhysicians}). Panagioti et al. 2018 found physician
 * burnout doubled the odds of patient safety incidents (OR 1.96); those are mostly self-reported incidents and
 * physicians are one part of the team, so the default ratio (1.3) is attenuated from it. The multiplier is
 * taken relative to its value at {@code burnoutHarmReference} of physicians burned out (44%, Shanafelt et al.
 * 2019), for the harm rates {@code care.adverseEventRate} is calibrated to were measured in hospitals whose
 * physicians burn out as often: fewer burned out than that lowers harm, more raise it.
 *
 * <p><b>Joining improvement work.</b> Once a week each physician chooses whether to take part in its units'
 * improvement work, with probability logistic(joinIntercept − joinLoadEffect × (load − sustainable) +
 * joinRespectEffect × (RC − reference) + leadershipEffect × physicianLeadership − joinBurnoutEffect if burned
 * out): time is the main barrier, respect and physician leaders draw physicians in (Taitz, Lee &amp; Sequist
 * 2012), and burnout withdraws effort (Shanafelt et al. 2016); the IHI Framework for Improving Joy in Work
 * counts physicians among those improvement must engage (Perlo et al. 2017). {@link #joinShare} is the share of a unit's rounding physicians who join; it multiplies the odds that
 * the unit's improvement teams succeed by 1 + physicianInvolvementEffect × joinShare (Kaplan et al. 2010,
 * MUSIQ: physician involvement is among the contextual factors of QI success). Every strategy that forms
 * teams gains from it alike; but a change that overloads the units — a top-down mandate that lengthens stays
 * and raises the census, say — raises the physicians' load and burnout, and lowers their joining.
 */
public final class Physicians implements DailyProcess {

    private static final long serialVersionUID = 1L;
    /** The personal part of strain, and the choice to join improvement work, are stepped once a week. */
    private static final int STEP_DAYS = Calendar.DAYS_PER_WEEK;
    // Purposes of keyed draws.
    private static final long SHOCK = 1;
    private static final long JOIN = 2;

    /**
     * The RC index (1-5) of physician {@code p}'s ties to the people present today, or NaN if it has none: read
     * from the staff network by the hospital's wiring (the workforce does not know the network).
     */
    @FunctionalInterface
    public interface TieRc extends Serializable {
        double rc(int physician);
    }

    private final PhysicianParameters parameters;
    private final UnitState[] units;
    private final int[][] unitsOf;
    private final double onDuty;
    private final double onDutyShare;
    /** For each unit, the physicians who round on it (home unit or not), in physician order. */
    private final int[][] rounding;
    private final long key;

    private final double[] trait;
    private final double[] shock;
    private final double[] exhaustion;
    private final double[] load;
    private final boolean[] joined;
    private TieRc ties;
    private double referenceRc = Double.NaN;
    private boolean started;

    /**
     * Sizes the group for the expected census, assigns each physician's units and draws its lasting trait.
     *
     * @param neighbours for each unit, the units it exchanges patients with, in a fixed order
     * @param stream     the physicians' stream: units first, then traits and the key of the keyed draws
     */
    public Physicians(PhysicianParameters parameters, UnitState[] units, double[] expectedCensus,
                      int[][] neighbours, MersenneTwisterFast stream) {
        this.parameters = parameters;
        this.units = units;
        double total = 0;
        for (double c : expectedCensus) {
            total += c;
        }
        this.onDutyShare = parameters.daysPerWeek() / 7.0;
        int count = Math.max(1, (int) Math.ceil(total / parameters.patientsPerPhysician() / onDutyShare));
        this.unitsOf = new int[count][];
        this.onDuty = count * onDutyShare;

        // Home units in proportion to expected census: largest-remainder apportionment, deterministic.
        int[] homes = apportion(expectedCensus, count);
        int p = 0;
        for (int u = 0; u < units.length; u++) {
            for (int k = 0; k < homes[u]; k++, p++) {
                int[] candidates = neighbours[u];
                int n = Math.min(parameters.unitsPerPhysician(), 1 + candidates.length);
                int[] assigned = new int[n];
                assigned[0] = u;
                int[] pool = candidates.clone();
                for (int j = 1; j < n; j++) {
                    int pick = j - 1 + stream.nextInt(pool.length - (j - 1));
                    int tmp = pool[j - 1];
                    pool[j - 1] = pool[pick];
                    pool[pick] = tmp;
                    assigned[j] = pool[j - 1];
                }
                unitsOf[p] = assigned;
            }
        }
        this.rounding = rounding(unitsOf, units.length);

        this.trait = new double[count];
        this.shock = new double[count];
        this.exhaustion = new double[count];
        this.load = new double[count];
        this.joined = new boolean[count];
        for (int q = 0; q < count; q++) {
            trait[q] = parameters.traitSd() * stream.nextGaussian();
            shock[q] = parameters.shockSd() * stream.nextGaussian();
        }
        this.key = stream.nextLong();
        double[] expectedLoad = loads(expectedCensus);
        for (int q = 0; q < count; q++) {
            load[q] = expectedLoad[q];
            exhaustion[q] = logistic(strain(q, Double.NaN));
        }
    }

    private static int[][] rounding(int[][] unitsOf, int units) {
        int[] n = new int[units];
        for (int[] us : unitsOf) {
            for (int u : us) {
                n[u]++;
            }
        }
        int[][] out = new int[units][];
        for (int u = 0; u < units; u++) {
            out[u] = new int[n[u]];
            n[u] = 0;
        }
        for (int p = 0; p < unitsOf.length; p++) {
            for (int u : unitsOf[p]) {
                out[u][n[u]++] = p;
            }
        }
        return out;
    }

    private static int[] apportion(double[] weights, int count) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        int[] out = new int[weights.length];
        double[] remainder = new double[weights.length];
        int assigned = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = total > 0 ? weights[i] / total * count : (double) count / weights.length;
            out[i] = (int) Math.floor(exact);
            remainder[i] = exact - out[i];
            assigned += out[i];
        }
        while (assigned < count) {
            int best = 0;
            for (int i = 1; i < weights.length; i++) {
                if (remainder[i] > remainder[best]) {
                    best = i;
                }
            }
            out[best]++;
            remainder[best] = -1;
            assigned++;
        }
        return out;
    }

    /**
     * From now on, reads the RC of each physician's ties from {@code ties}, against {@code referenceRc} (the
     * coordination's reference level); for a physician with no tie to anyone present, the mean care-team RC of
     * its units stands in. Until it is called (a group without a network), RC has no effect.
     */
    public void connect(TieRc ties, double referenceRc) {
        this.ties = ties;
        this.referenceRc = referenceRc;
    }

    /**
     * Each physician's load today, its exhaustion moved toward its strain's target, its choice to join
     * improvement work (weekly), and the harm its units' burned-out physicians add, left on the units.
     */
    @Override
    public void day(int day) {
        double[] census = new double[units.length];
        for (int u = 0; u < units.length; u++) {
            census[u] = units[u].census();
        }
        System.arraycopy(loads(census), 0, load, 0, load.length);
        boolean weekly = Math.floorMod(day, STEP_DAYS) == 0;
        boolean choose = weekly || !started;
        started = true;
        double persistence = Math.exp(-STEP_DAYS / parameters.shockDays());
        double innovation = parameters.shockSd() * Math.sqrt(1 - persistence * persistence);
        double rate = 1.0 / parameters.recoveryDays();
        int week = Math.floorDiv(day, STEP_DAYS);
        for (int p = 0; p < unitsOf.length; p++) {
            if (weekly) {
                shock[p] = shock[p] * persistence + innovation * KeyedRandom.gaussian(KeyedRandom.hash(key, SHOCK, p), week);
            }
            double rcGap = rcGap(p);
            exhaustion[p] += (logistic(strain(p, rcGap)) - exhaustion[p]) * rate;
            if (choose) {
                double odds = parameters.joinIntercept()
                        - parameters.joinLoadEffect() * (load[p] - parameters.sustainableLoad())
                        + parameters.joinRespectEffect() * rcGap
                        + parameters.leadershipEffect() * parameters.physicianLeadership()
                        - (burnedOut(p) ? parameters.joinBurnoutEffect() : 0);
                joined[p] = KeyedRandom.uniform(KeyedRandom.hash(key, JOIN, p), week) < logistic(odds);
            }
        }
        for (UnitState unit : units) {
            double share = burnedOutShare(unit.index());
            unit.setPhysicians(harmMultiplierAt(share), share);
        }
    }

    /** Each physician's load at the given census of each unit: its share of each of its units' patients. */
    private double[] loads(double[] census) {
        double[] out = new double[unitsOf.length];
        for (int u = 0; u < rounding.length; u++) {
            if (rounding[u].length == 0) {
                continue;
            }
            double share = census[u] / (rounding[u].length * onDutyShare);
            for (int p : rounding[u]) {
                out[p] += share;
            }
        }
        return out;
    }

    /** Physician {@code p}'s strain today, {@code rcGap} RC points above the reference (NaN: none known). */
    private double strain(int p, double rcGap) {
        return parameters.baseStrain() + trait[p] + shock[p]
                + parameters.loadStrain() * (load[p] - parameters.sustainableLoad())
                + parameters.extraUnitStrain() * (unitsOf[p].length - 1)
                - (Double.isNaN(rcGap) ? 0 : parameters.respectStrain() * rcGap);
    }

    /**
     * How far the RC of physician {@code p}'s ties is above the reference today (0 when neither its ties nor
     * its units' care teams have been scored).
     */
    private double rcGap(int p) {
        if (Double.isNaN(referenceRc)) {
            return 0;
        }
        double rc = ties != null ? ties.rc(p) : Double.NaN;
        if (Double.isNaN(rc)) {
            double sum = 0;
            int n = 0;
            for (int u : unitsOf[p]) {
                double r = units[u].careTeamRc();
                if (!Double.isNaN(r)) {
                    sum += r;
                    n++;
                }
            }
            rc = n > 0 ? sum / n : Double.NaN;
        }
        return Double.isNaN(rc) ? 0 : rc - referenceRc;
    }

    /**
     * Multiplier of unit {@code u}'s adverse-event hazard from its rounding physicians' burnout: 1 +
     * (burnoutHarmRatio - 1) × the share burned out, relative to its value at {@code burnoutHarmReference}.
     */
    public double harmMultiplier(int u) {
        return harmMultiplierAt(burnedOutShare(u));
    }

    private double harmMultiplierAt(double burnedOutShare) {
        double excess = parameters.burnoutHarmRatio() - 1;
        return (1 + excess * burnedOutShare) / (1 + excess * parameters.burnoutHarmReference());
    }

    /** METRICS: adds the physicians and those burned out to the hospital's counters. */
    public void tally(DayCounters counters) {
        int hospital = counters.hospitalSlot();
        counters.add(Counter.PHYSICIANS, hospital, unitsOf.length);
        counters.add(Counter.PHYSICIANS_BURNED_OUT, hospital, burnedOut());
    }

    /** The share by which physician overload slows care today, given the hospital's census. */
    public double delay(double census) {
        double load = census / onDuty;
        return parameters.delayPerExtraPatient() * Math.max(0, load - parameters.sustainableLoad());
    }

    /** Patients per physician on duty at the given census. */
    public double load(double census) {
        return census / onDuty;
    }

    /** Physician {@code p}'s own load at the last day: its share of the patients of the units it rounds on. */
    public double loadOf(int p) {
        return load[p];
    }

    /** Physician {@code p}'s exhaustion, 0-1. */
    public double exhaustion(int p) {
        return exhaustion[p];
    }

    /** Whether physician {@code p} is burned out: its exhaustion at or above the cut-off. */
    public boolean burnedOut(int p) {
        return exhaustion[p] >= parameters.exhaustionCutoff();
    }

    /** The physicians burned out now. */
    public int burnedOut() {
        int n = 0;
        for (int p = 0; p < unitsOf.length; p++) {
            n += burnedOut(p) ? 1 : 0;
        }
        return n;
    }

    /** Whether physician {@code p} takes part in improvement work this week. */
    public boolean joined(int p) {
        return joined[p];
    }

    /** The share of the physicians rounding on unit {@code u} who are burned out (0 if none rounds on it). */
    public double burnedOutShare(int u) {
        return shareOf(u, this::burnedOut);
    }

    /** The share of the physicians rounding on unit {@code u} who take part in improvement work this week. */
    public double joinShare(int u) {
        return shareOf(u, p -> joined[p]);
    }

    /** The share of the physicians rounding on unit {@code u} of whom {@code test} holds; 0 if none round there. */
    private double shareOf(int u, java.util.function.IntPredicate test) {
        int[] ps = rounding[u];
        if (ps.length == 0) {
            return 0;
        }
        int n = 0;
        for (int p : ps) {
            n += test.test(p) ? 1 : 0;
        }
        return (double) n / ps.length;
    }

    /** Number of physicians. */
    public int count() {
        return unitsOf.length;
    }

    /** The units physician {@code p} rounds on, home unit first (a copy). */
    public int[] unitsOf(int p) {
        return unitsOf[p].clone();
    }

    private static double logistic(double x) {
        return 1.0 / (1.0 + Math.exp(-x));
    }
}
