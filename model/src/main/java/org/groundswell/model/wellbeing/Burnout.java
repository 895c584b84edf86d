package org.groundswell.model.wellbeing;

import java.util.Arrays;

import org.groundswell.model.care.UnitState;
import org.groundswell.model.kernel.Calendar;
import org.groundswell.model.kernel.DailyProcess;
import org.groundswell.model.kernel.KeyedRandom;
import org.groundswell.model.kernel.Role;
import org.groundswell.model.metrics.Counter;
import org.groundswell.model.metrics.DayCounters;
import org.groundswell.model.workforce.StaffWellbeing;
import org.groundswell.model.workforce.Workload;
import org.groundswell.model.workforce.Workforce;
import org.groundswell.model.workforce.WorkforceParameters;

/**
 * WELLBEING, first: burnout, after the Maslach Burnout Inventory's three scales (Maslach &amp; Jackson 1981).
 * Each day a person's exhaustion moves toward the logistic of their strain, at the pace of
 * {@code wellbeing.recoveryDays}; strain is the sum of a base, a lasting personal trait, a slowly changing
 * personal part (an Ornstein-Uhlenbeck process, stepped weekly), the unit's overload and overtime, and the
 * strain its relationships, workarounds and change put on its staff (the unit's extra strain).
 *
 * <p>Cynicism and efficacy move toward targets of their own, at the same pace (Maslach &amp; Leiter 2016; Leiter
 * &amp; Maslach 2004, areas of worklife). Cynicism's target rises with exhaustion (Leiter &amp; Maslach 1988),
 * with being "done to" — the moving average, over {@code wellbeing.doneToMemoryDays}, of the daily dose of
 * mandates the unit's staff were put under ({@code wellbeing.cynicismFromDoneTo}) — and with the problems the
 * staff raised that wait unfixed ({@code wellbeing.cynicismPerUnanswered}; Tucker &amp; Singer 2015). Efficacy's
 * target grows with tenure over five years and with the fixes that worked on the unit, remembered over
 * {@code wellbeing.fixMemoryDays} ({@code wellbeing.efficacyPerFix}), and falls with exhaustion. What the unit's
 * staff went through is read from the unit ({@link UnitState#doneToDose}, {@link UnitState#fixesWorked},
 * {@link UnitState#unansweredVoice}); each unit's mean cynicism is left there for voice. Above
 * {@code wellbeing.exhaustionCutoff} a person counts as burned out (Aiken et al. 2002: about a third of
 * hospital nurses above the burnout norms).
 *
 * <p>Registered nurses are also dissatisfied with their job or not, and intend to leave within a year or not
 * (Aiken et al. 2002, JAMA 288:1987). Each person has two lasting latents, uniform on 0-1, drawn when they
 * start. A nurse is dissatisfied today while the first is below the logistic of {@code
 * wellbeing.baseDissatisfaction}, plus {@code ln wellbeing.dissatisfactionRatio} per patient per nurse
 * (general-unit equivalent, {@link UnitState#patientsPerNurseEquivalent}) on the unit above the reference load,
 * plus {@code wellbeing.dissatisfactionFromExhaustion} per unit of exhaustion above the cut-off: the same
 * nurses are the dissatisfied ones as the load rises, and the burned out are the dissatisfied more often.
 * A nurse intends to leave while the second is below {@code wellbeing.intentBurnedOutDissatisfied} if burned out
 * and dissatisfied (Aiken: 43%), {@code wellbeing.intentOthers} otherwise (11%); {@link Turnover} makes those
 * who intend to leave quit {@code workforce.intentQuitRatio} times as often.
 *
 * <p>It keeps each position's holder's scales, and gives {@link Workforce} and its staffing what they
 * need of them ({@link StaffWellbeing}): a newcomer's starting state, and who is exhausted.
 */
public final class Burnout implements DailyProcess, StaffWellbeing {

    private static final long serialVersionUID = 1L;
    private static final int ROLES = Role.values().length;
    /** The personal part of strain is stepped once a week: with a correlation time of months, weekly steps
     *  change nothing a daily one would, at a seventh of the cost of the normal draws. */
    private static final int SHOCK_STEP_DAYS = Calendar.DAYS_PER_WEEK;
    /** Tenure beyond which efficacy grows no more. */
    private static final int EFFICACY_TENURE_YEARS = 5;

    private final WellbeingParameters wellbeing;
    private final Workforce staff;
    private final Workload workload;
    private final UnitState[] units;

    private final double[] trait;
    private final double[] shock;
    private final double[] exhaustion;
    private final double[] cynicism;
    private final double[] efficacy;
    private final JobAttitudes attitudes;
    private final Entrants entrants;
    // Per unit: the moving average of the daily dose of being done to, the fixes remembered, and the unit's
    // running totals of both as last read.
    private final double[] doneTo;
    private final double[] fixes;
    private final double[] doneToRead;
    private final double[] fixesRead;

    /**
     * @param workforce                 its {@code burnoutQuitRatio}, how many times as often burned-out staff
     *                                  other than nurses quit, weights those on the first day ({@link #veteran}),
     *                                  and its {@code intentQuitRatio}, how many times as often nurses who intend
     *                                  to leave quit, the nurses hired ({@link #hire})
     * @param referencePatientsPerNurse the load (general-unit patients per RN) at which nurses are dissatisfied
     *                                  at {@code wellbeing.baseDissatisfaction}
     */
    public Burnout(WellbeingParameters wellbeing, WorkforceParameters workforce, double referencePatientsPerNurse,
                   Workforce staff, Workload workload, UnitState[] units) {
        this.wellbeing = wellbeing;
        this.staff = staff;
        this.workload = workload;
        this.units = units;
        int n = staff.positions();
        this.trait = new double[n];
        this.shock = new double[n];
        this.exhaustion = new double[n];
        this.cynicism = new double[n];
        this.efficacy = new double[n];
        this.attitudes = new JobAttitudes(wellbeing, referencePatientsPerNurse, staff, units.length);
        this.entrants = new Entrants(wellbeing, workforce, staff, attitudes);
        this.doneTo = new double[units.length];
        this.fixes = new double[units.length];
        this.doneToRead = new double[units.length];
        this.fixesRead = new double[units.length];
    }

    /**
     * {@inheritDoc}
     *
     * <p>A nurse is drawn from the nurses employed as Aiken et al. surveyed them; anyone else's trait is a
     * survivor's ({@link Entrants#veteranTrait}).
     */
    @Override
    public void veteran(int slot, Role role, KeyedRandom random) {
        double expectedStrain = entrants.expectedStrain(role);
        double personalTrait = entrants.veteranTrait(role, random);
        start(slot, personalTrait, wellbeing.personalShockSd() * random.nextGaussian(), expectedStrain);
        attitudes.draw(slot, random);
    }

    /**
     * {@inheritDoc}
     *
     * <p>A nurse hired is drawn from the nurses who take the job, weighted by how soon they leave
     * ({@link Entrants#hiredNurse}); anyone else's trait is drawn from the hiring pool.
     */
    @Override
    public void hire(int slot, KeyedRandom random) {
        if (staff.roleOf(slot) == Role.REGISTERED_NURSE) {
            Entrants.Nurse nurse = entrants.hiredNurse(random);
            start(slot, nurse.trait(), wellbeing.personalShockSd() * random.nextGaussian(), 0);
            attitudes.set(slot, nurse.dissatisfaction(), nurse.intent());
            return;
        }
        double newTrait = wellbeing.traitSd() * random.nextGaussian();
        start(slot, newTrait, wellbeing.personalShockSd() * random.nextGaussian(), 0);
        attitudes.draw(slot, random);
    }

    private void start(int slot, double personalTrait, double personalShock, double expectedStrain) {
        trait[slot] = personalTrait;
        shock[slot] = personalShock;
        double strain = wellbeing.baseStrain() + personalTrait + personalShock + expectedStrain;
        exhaustion[slot] = logistic(strain);
        cynicism[slot] = cynicismTarget(exhaustion[slot], 0);
        efficacy[slot] = efficacyTarget(exhaustion[slot], 0, 0);
    }

    /** Exhaustion, cynicism and efficacy move toward today's targets; each unit's mean cynicism is left on it. */
    @Override
    public void day(int day) {
        attitudes.readLoads(units);
        double rate = 1.0 / wellbeing.recoveryDays();
        boolean weekly = Math.floorMod(day, SHOCK_STEP_DAYS) == 0;
        double persistence = Math.exp(-SHOCK_STEP_DAYS / wellbeing.personalShockDays());
        double innovation = wellbeing.personalShockSd() * Math.sqrt(1 - persistence * persistence);
        double baseStrain = wellbeing.baseStrain();
        double doneToKeep = Math.exp(-1 / wellbeing.doneToMemoryDays());
        double fixKeep = Math.exp(-1 / wellbeing.fixMemoryDays());
        // Unit by unit and role by role, which is slot by slot in slot order: the strain a unit and role
        // share is looked up once for all its people.
        for (int u = 0; u < units.length; u++) {
            UnitState unit = units[u];
            double extraStrain = unit.extraStrain();
            double dose = unit.doneToDose() - doneToRead[u];
            doneToRead[u] = unit.doneToDose();
            doneTo[u] = doneTo[u] * doneToKeep + dose * (1 - doneToKeep);
            fixes[u] = fixes[u] * fixKeep + (unit.fixesWorked() - fixesRead[u]);
            fixesRead[u] = unit.fixesWorked();
            double cynicismDrive = wellbeing.cynicismFromDoneTo() * doneTo[u]
                    + wellbeing.cynicismPerUnanswered() * unit.unansweredVoice();
            double efficacyDrive = wellbeing.efficacyPerFix() * fixes[u];
            double cynicismSum = 0;
            int employed = 0;
            for (int r = 0; r < ROLES; r++) {
                double workloadStrain = wellbeing.workloadStrain() * workload.overload(u, r);
                double overtimeStrain = wellbeing.overtimeStrain() * workload.overtimePerWeek(u, r);
                for (int i : staff.slots(u, r)) {
                    if (!staff.occupied(i)) {
                        continue;
                    }
                    if (weekly) {
                        shock[i] = shock[i] * persistence
                                + innovation * KeyedRandom.gaussian(staff.slotKey(i) ^ staff.personId(i), day);
                    }
                    double strain = baseStrain + trait[i] + shock[i] + workloadStrain + overtimeStrain + extraStrain;
                    exhaustion[i] += (logistic(strain) - exhaustion[i]) * rate;
                    cynicism[i] += (cynicismTarget(exhaustion[i], cynicismDrive) - cynicism[i]) * rate;
                    efficacy[i] += (efficacyTarget(exhaustion[i], (day - staff.hiredOn(i)) / 365.0, efficacyDrive)
                            - efficacy[i]) * rate;
                    cynicismSum += cynicism[i];
                    employed++;
                }
            }
            unit.setStaffCynicism(employed > 0 ? cynicismSum / employed : Double.NaN);
        }
    }

    /** Cynicism's target at exhaustion {@code e}, with {@code drive} log-odds from being done to and unanswered voice. */
    private double cynicismTarget(double e, double drive) {
        return logistic(wellbeing.baseCynicism()
                + wellbeing.cynicismFromExhaustion() * (e - wellbeing.exhaustionCutoff()) + drive);
    }

    /** Efficacy's target at exhaustion {@code e} and tenure, with {@code drive} log-odds from fixes that worked. */
    private double efficacyTarget(double e, double tenureYears, double drive) {
        return logistic(wellbeing.baseEfficacy()
                + wellbeing.efficacyFromTenure() * Math.min(Math.max(tenureYears, 0), EFFICACY_TENURE_YEARS)
                / EFFICACY_TENURE_YEARS
                - wellbeing.efficacyLossFromExhaustion() * e + drive);
    }

    private static double logistic(double x) {
        return 1.0 / (1.0 + Math.exp(-x));
    }

    /**
     * METRICS: adds the day-end burnout of each unit's staff to the counters: the sums of the three scales,
     * the staff and the nurses burned out, and the nurses dissatisfied and intending to leave. A unit's positions are consecutive slots, so its sums are kept in
     * locals and added slot by slot in slot order, as adding to the counters one slot at a time would.
     */
    public void tally(DayCounters counters) {
        double[] exhaustionRow = counters.row(Counter.EXHAUSTION);
        double[] cynicismRow = counters.row(Counter.CYNICISM);
        double[] efficacyRow = counters.row(Counter.EFFICACY);
        double[] burnedOutRow = counters.row(Counter.BURNED_OUT);
        double[] nursesBurnedOutRow = counters.row(Counter.NURSES_BURNED_OUT);
        double[] dissatisfiedRow = counters.row(Counter.NURSES_DISSATISFIED);
        double[] intendingRow = counters.row(Counter.NURSES_INTENDING_TO_LEAVE);
        int nurse = Role.REGISTERED_NURSE.ordinal();
        for (int u = 0; u < units.length; u++) {
            double exhaustionSum = exhaustionRow[u];
            double cynicismSum = cynicismRow[u];
            double efficacySum = efficacyRow[u];
            int burnedOut = 0;
            int nursesBurnedOut = 0;
            int dissatisfied = 0;
            int intending = 0;
            for (int r = 0; r < ROLES; r++) {
                for (int i : staff.slots(u, r)) {
                    if (!staff.occupied(i)) {
                        continue;
                    }
                    boolean out = burnedOut(i);
                    exhaustionSum += exhaustion[i];
                    cynicismSum += cynicism[i];
                    efficacySum += efficacy[i];
                    burnedOut += out ? 1 : 0;
                    if (r == nurse) {
                        nursesBurnedOut += out ? 1 : 0;
                        dissatisfied += dissatisfied(i) ? 1 : 0;
                        intending += intendsToLeave(i) ? 1 : 0;
                    }
                }
            }
            exhaustionRow[u] = exhaustionSum;
            cynicismRow[u] = cynicismSum;
            efficacyRow[u] = efficacySum;
            burnedOutRow[u] += burnedOut;
            nursesBurnedOutRow[u] += nursesBurnedOut;
            dissatisfiedRow[u] += dissatisfied;
            intendingRow[u] += intending;
        }
    }

    @Override
    public double exhaustion(int slot) {
        return exhaustion[slot];
    }

    @Override
    public boolean burnedOut(int slot) {
        return exhaustion[slot] >= wellbeing.exhaustionCutoff();
    }

    /**
     * Whether the holder of position {@code slot} is dissatisfied with the job today: their lasting latent below
     * the logistic of the base, the unit's patients per nurse above the reference and their exhaustion above the
     * cut-off. Kept for every role; the model reads it for registered nurses.
     */
    public boolean dissatisfied(int slot) {
        return attitudes.dissatisfied(slot, exhaustion[slot]);
    }

    /**
     * Whether the holder of position {@code slot} intends to leave the job within a year: their lasting latent
     * below {@code wellbeing.intentBurnedOutDissatisfied} while burned out and dissatisfied, below {@code
     * wellbeing.intentOthers} otherwise. Kept for every role; the model reads it for registered nurses.
     */
    public boolean intendsToLeave(int slot) {
        return attitudes.intendsToLeave(slot, burnedOut(slot), exhaustion[slot]);
    }

    /** Cynicism (0–1) of the holder of position {@code slot}; of its last holder while it is vacant. */
    public double cynicism(int slot) {
        return cynicism[slot];
    }

    /** Professional efficacy (0–1) of the holder of position {@code slot}; of its last holder while it is vacant. */
    public double efficacy(int slot) {
        return efficacy[slot];
    }

    /** Mean exhaustion of unit {@code u}'s staff (0 if nobody is employed). */
    public double meanExhaustion(int u) {
        double sum = 0;
        int n = 0;
        for (int r = 0; r < ROLES; r++) {
            for (int i : staff.slots(u, r)) {
                if (staff.occupied(i)) {
                    sum += exhaustion[i];
                    n++;
                }
            }
        }
        return n > 0 ? sum / n : 0;
    }

    /** Mean cynicism of unit {@code u}'s staff (0 if nobody is employed). */
    public double meanCynicism(int u) {
        return meanOf(cynicism, u);
    }

    /** Mean professional efficacy of unit {@code u}'s staff (0 if nobody is employed). */
    public double meanEfficacy(int u) {
        return meanOf(efficacy, u);
    }

    private double meanOf(double[] scale, int u) {
        double sum = 0;
        int n = 0;
        for (int r = 0; r < ROLES; r++) {
            for (int i : staff.slots(u, r)) {
                if (staff.occupied(i)) {
                    sum += scale[i];
                    n++;
                }
            }
        }
        return n > 0 ? sum / n : 0;
    }

    /** Exhaustion of each occupied position's holder (a copy), for inspection and tests. */
    public double[] exhaustionOfEmployed() {
        double[] out = new double[exhaustion.length];
        int n = 0;
        for (int i = 0; i < exhaustion.length; i++) {
            if (staff.occupied(i)) {
                out[n++] = exhaustion[i];
            }
        }
        return Arrays.copyOf(out, n);
    }
}
