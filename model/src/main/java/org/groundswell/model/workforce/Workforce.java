package org.groundswell.model.workforce;

import java.io.Serializable;
import java.util.Arrays;

import org.groundswell.model.care.CareParameters;
import org.groundswell.model.care.UnitState;
import org.groundswell.model.kernel.KeyedRandom;
import org.groundswell.model.kernel.Role;
import org.groundswell.model.metrics.CostComponent;
import org.groundswell.model.metrics.CostLedger;
import org.groundswell.model.metrics.CostParameters;
import org.groundswell.model.metrics.Counter;
import org.groundswell.model.metrics.DayCounters;
import org.groundswell.model.wellbeing.WellbeingParameters;

/**
 * The frontline workforce, one slot per funded position, kept in primitive arrays for the daily loops.
 * A slot is either occupied by a person (with a personal trait, tenure, exhaustion, cynicism and efficacy)
 * or vacant until a hire starts.
 *
 * <p>Each day: {@link #staff} finds who is on duty on each unit (scheduled shifts less leave and sickness,
 * then overtime and agency toward the plan) and sets the unit's conditions of care; {@link #hire} lets hires
 * start; {@link #wellbeing} moves burnout toward the day's strain and lets some people quit. A quit leaves a
 * vacancy that takes a posting-to-offer time and a start lag to fill, meanwhile raising everyone else's load.
 */
public final class Workforce implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Role[] ROLES = Role.values();
    private static final double WEEKS_PER_YEAR = 365.0 / 7.0;
    private static final int SHOCK_STEP_DAYS = 7;
    /** Purpose of the keyed draw of a stabilized vacancy's sooner fill. */
    private static final long STABILIZE = -2;

    private final UnitState[] units;
    private final StaffingParameters staffing;
    private final WorkforceParameters workforce;
    private final WellbeingParameters wellbeing;
    private final CareParameters care;
    private final CostParameters cost;
    private final Physicians physicians;
    private final DayCounters counters;
    private final CostLedger ledger;

    // One entry per funded position.
    private final int[] unitOf;
    private final byte[] roleOf;
    private final boolean[] occupied;
    private final long[] personId;
    private final double[] hiredOn;
    private final double[] trait;
    private final double[] shock;
    private final double[] exhaustion;
    private final double[] cynicism;
    private final double[] efficacy;
    private final double[] fillsOn;
    private final long[] slotKey;
    private transient long[] quitKeys;
    private final int[] vacancies;
    private final int[][] positions;

    // Today's conditions per unit and role, set by staff(), read by wellbeing().
    private final double[][] overload;
    private final double[][] overtimePerWeek;

    // Interventions: a staff bank, and staffing stabilization (faster hiring, more agency cover).
    private double bankFillShare;
    private double bankMultiple = 1;
    private double agencyCover;
    private double fillFactor = 1;
    // Staff-shifts on duty on each unit today, set by staff().
    private final double[] dutyShifts;

    private long nextPersonId;
    private final long initialHeadcount;
    private long hires;
    private long quits;

    /**
     * Creates the positions each unit's plan funds for its expected census, and fills them but for the
     * initial vacancies.
     *
     * <p>Every draw about a position — whether it starts vacant, its holders' traits and tenure, how long
     * it stays vacant, its holder's daily quit draw — is keyed by (run key, unit, role, slot), so the same
     * position meets the same luck in paired runs whatever else differs.
     *
     * @param expectedCensus expected patients per unit, which the staffing budget is built on
     * @param firstDay       the first simulated day (negative: the warm-up)
     * @param key            the run's key for the workforce's random numbers
     */
    public Workforce(UnitState[] units, double[] expectedCensus, StaffingParameters staffing,
                     WorkforceParameters workforce, WellbeingParameters wellbeing, CareParameters care,
                     CostParameters cost, Physicians physicians, DayCounters counters, CostLedger ledger,
                     int firstDay, long key) {
        this.units = units;
        this.staffing = staffing;
        this.workforce = workforce;
        this.wellbeing = wellbeing;
        this.care = care;
        this.cost = cost;
        this.physicians = physicians;
        this.counters = counters;
        this.ledger = ledger;
        this.overload = new double[units.length][ROLES.length];
        this.overtimePerWeek = new double[units.length][ROLES.length];
        this.dutyShifts = new double[units.length];

        int[][] funded = new int[units.length][ROLES.length];
        int total = 0;
        for (int u = 0; u < units.length; u++) {
            for (Role role : ROLES) {
                funded[u][role.ordinal()] = fundedPositions(units[u], expectedCensus[u], role);
                total += funded[u][role.ordinal()];
            }
        }
        unitOf = new int[total];
        roleOf = new byte[total];
        occupied = new boolean[total];
        personId = new long[total];
        hiredOn = new double[total];
        trait = new double[total];
        shock = new double[total];
        exhaustion = new double[total];
        cynicism = new double[total];
        efficacy = new double[total];
        fillsOn = new double[total];
        slotKey = new long[total];
        vacancies = new int[total];
        positions = new int[units.length * ROLES.length][];

        int i = 0;
        for (int u = 0; u < units.length; u++) {
            for (Role role : ROLES) {
                int n = funded[u][role.ordinal()];
                int[] slots = new int[n];
                for (int k = 0; k < n; k++, i++) {
                    slots[k] = i;
                    unitOf[i] = u;
                    roleOf[i] = (byte) role.ordinal();
                    slotKey[i] = KeyedRandom.hash(key, u, role.ordinal(), k);
                    KeyedRandom random = new KeyedRandom(slotKey[i]);
                    if (random.nextDouble() >= workforce.initialVacancyRate()) {
                        double tenureDays = random.nextDouble() * 10 * 365;
                        double expectedStrain = wellbeing.workloadStrain()
                                * (basis(role) - wellbeing.sustainablePatientsPerNurse());
                        startPerson(i, firstDay - tenureDays, survivorTrait(random, expectedStrain),
                                wellbeing.personalShockSd() * random.nextGaussian(), expectedStrain);
                    } else {
                        openVacancy(i, firstDay, random);
                    }
                }
                positions[u * ROLES.length + role.ordinal()] = slots;
            }
        }
        long employed = 0;
        for (boolean o : occupied) {
            employed += o ? 1 : 0;
        }
        initialHeadcount = employed;
    }

    /**
     * A lasting trait drawn from the workforce's steady state rather than from the hiring pool. Burned-out
     * staff quit {@code burnoutQuitRatio} times as often, so the people still employed are the hires
     * weighted by how long they stay: a trait is kept with probability 1 / (1 + p (ratio - 1)), where p is
     * the chance that it leaves its holder burned out at the planned load, over the slowly changing personal
     * part (rejection sampling; p by the logistic approximation of the normal distribution). Only the lasting
     * trait is weighted: the personal part reverts within months, so selecting on it would overcorrect.
     * Without this the hospital would drift for years as quitting sorts the staff, and that trend would be
     * mistaken for the effect of whatever happens during the run.
     */
    private double survivorTrait(KeyedRandom random, double expectedStrain) {
        double cutoff = wellbeing.exhaustionCutoff();
        double burnedOutAbove = Math.log(cutoff / (1 - cutoff)) - wellbeing.baseStrain() - expectedStrain;
        double ratio = workforce.burnoutQuitRatio();
        while (true) {
            double candidate = wellbeing.traitSd() * random.nextGaussian();
            double z = (candidate - burnedOutAbove) / Math.max(1e-9, wellbeing.personalShockSd());
            double burnedOut = 1 / (1 + Math.exp(-1.702 * z));
            if (random.nextDouble() * (1 + burnedOut * (ratio - 1)) < 1) {
                return candidate;
            }
        }
    }

    /**
     * A position vacant on the first day, part-way through being filled as in a hospital that has always
     * had vacancies: either still posted (the remaining wait is again exponential, having no memory) or
     * with an offer accepted and the start some uniform part of the start lag away, in proportion to the
     * time each phase takes.
     */
    private void openVacancy(int i, double firstDay, KeyedRandom random) {
        occupied[i] = false;
        double posting = workforce.daysToFill();
        double starting = workforce.daysToStart();
        if (random.nextDouble() * (posting + starting) < posting) {
            fillsOn[i] = firstDay + posting * random.nextExponential() + starting;
        } else {
            fillsOn[i] = firstDay + starting * random.nextDouble();
        }
    }

    private int fundedPositions(UnitState unit, double census, Role role) {
        double perShift = census / (staffing.patientsPer(role) * unit.parameters().nurseRatioFactor());
        double shiftsPerDay = perShift * staffing.shiftsPerDay();
        double people = shiftsPerDay * 7.0 / workforce.shiftsPerWeek() * (1 + staffing.reliefFactor());
        int n = (int) Math.round(people);
        return role == Role.REGISTERED_NURSE ? Math.max(1, n) : n;
    }

    /** Patients per worker at target load on a general-unit scale, the basis of the overload term. */
    private double basis(Role role) {
        return role == Role.REGISTERED_NURSE ? staffing.patientsPerNurse() : care.referencePatientsPerNurse();
    }

    private void startPerson(int i, double hiredDay, double personalTrait, double personalShock,
                             double expectedStrain) {
        occupied[i] = true;
        personId[i] = nextPersonId++;
        hiredOn[i] = hiredDay;
        trait[i] = personalTrait;
        shock[i] = personalShock;
        fillsOn[i] = Double.NaN;
        double strain = wellbeing.baseStrain() + personalTrait + personalShock + expectedStrain;
        exhaustion[i] = logistic(strain);
        cynicism[i] = cynicismTarget(exhaustion[i]);
        efficacy[i] = efficacyTarget(exhaustion[i], 0);
    }

    private void vacate(int i, double day) {
        occupied[i] = false;
        vacancies[i]++;
        fillsOn[i] = day + workforce.daysToFill() * fillFactor
                * KeyedRandom.of(slotKey[i], vacancies[i]).nextExponential() + workforce.daysToStart();
    }

    /**
     * STAFFING: who is on duty on each unit today, and the conditions of care that follow. Posts the day's
     * wages, overtime and agency costs.
     */
    public void staff() {
        double attendance = workforce.shiftsPerWeek() / 7.0 * (1 - workforce.leaveShare());
        int shiftsPerDay = staffing.shiftsPerDay();
        double hospitalCensus = 0;
        for (UnitState unit : units) {
            hospitalCensus += unit.census();
        }
        double physicianDelay = physicians.delay(hospitalCensus);
        for (UnitState unit : units) {
            int u = unit.index();
            double census = unit.census();
            double nursesPerShift = 0;
            double nurseAgencyShare = 0;
            double exhaustionSum = 0;
            int headcountAll = 0;
            dutyShifts[u] = 0;
            for (Role role : ROLES) {
                int r = role.ordinal();
                int[] slots = positions[u * ROLES.length + r];
                if (slots.length == 0) {
                    overload[u][r] = 0;
                    overtimePerWeek[u][r] = 0;
                    continue;
                }
                double present = 0;
                int headcount = 0;
                double wages = 0;
                for (int i : slots) {
                    if (!occupied[i]) {
                        continue;
                    }
                    headcount++;
                    exhaustionSum += exhaustion[i];
                    double sickness = workforce.sicknessRate()
                            * (exhaustion[i] >= wellbeing.exhaustionCutoff() ? workforce.burnoutSicknessRatio() : 1);
                    present += attendance * (1 - Math.min(1, sickness));
                }
                headcountAll += headcount;
                double annual = cost.annualCost(role);
                double shiftCost = annual / (workforce.shiftsPerWeek() * WEEKS_PER_YEAR);
                wages += headcount * annual / 365.0;

                double need = census / (staffing.patientsPer(role) * unit.parameters().nurseRatioFactor())
                        * shiftsPerDay;
                double gap = Math.max(0, need - present);
                double overtime = Math.min(gap, staffing.overtimeCap() * present);
                double afterOvertime = gap - overtime;
                double covered = afterOvertime * Math.max(staffing.agencyFillShare(), agencyCover);
                double bank = covered * bankFillShare;
                double agency = covered - bank;
                double unfilled = afterOvertime - covered;
                double onDutyPerShift = (present + overtime + bank + agency) / shiftsPerDay;
                dutyShifts[u] += present + overtime + bank + agency;
                double target = staffing.patientsPer(role) * unit.parameters().nurseRatioFactor();
                double productive = onDutyPerShift * (1 - unit.unavailable());
                double loadRatio = productive > 0 ? census / productive / target : 0;
                overload[u][r] = loadRatio * basis(role) - wellbeing.sustainablePatientsPerNurse();
                overtimePerWeek[u][r] = headcount > 0 ? overtime / headcount * 7.0 : 0;
                if (role == Role.REGISTERED_NURSE) {
                    nursesPerShift = onDutyPerShift;
                    double duty = present + overtime + bank + agency;
                    nurseAgencyShare = duty > 0 ? agency / duty : 0;
                }

                ledger.post(CostComponent.WAGES, wages);
                ledger.post(CostComponent.OVERTIME, overtime * shiftCost * cost.overtimeMultiple());
                ledger.post(CostComponent.AGENCY, agency * shiftCost * cost.agencyMultiple());
                ledger.post(CostComponent.BANK, bank * shiftCost * bankMultiple);
                counters.add(Counter.BANK_SHIFTS, u, bank);
                counters.add(Counter.SCHEDULED_SHIFTS, u, present);
                counters.add(Counter.OVERTIME_SHIFTS, u, overtime);
                counters.add(Counter.AGENCY_SHIFTS, u, agency);
                counters.add(Counter.UNFILLED_SHIFTS, u, unfilled);
            }
            counters.add(Counter.NURSES_ON_DUTY, u, nursesPerShift);
            double meanExhaustion = headcountAll > 0 ? exhaustionSum / headcountAll : 0;
            unit.setConditions(nursesPerShift, meanExhaustion, nurseAgencyShare,
                    overload[u][Role.REGISTERED_NURSE.ordinal()], physicianDelay);
        }
    }

    /** BEHAVIOUR: vacancies whose hire is due today are filled by a new person. */
    public void hire(int day) {
        for (int i = 0; i < occupied.length; i++) {
            if (!occupied[i] && fillsOn[i] <= day) {
                KeyedRandom random = KeyedRandom.of(slotKey[i], vacancies[i], -1);
                double newTrait = wellbeing.traitSd() * random.nextGaussian();
                startPerson(i, day, newTrait, wellbeing.personalShockSd() * random.nextGaussian(), 0);
                hires++;
                counters.add(Counter.HIRES, unitOf[i], 1);
            }
        }
    }

    /** WELLBEING: exhaustion, cynicism and efficacy move toward today's targets; some staff quit. */
    public void wellbeing(int day) {
        double rate = 1.0 / wellbeing.recoveryDays();
        double baseHazard = -Math.log(1 - workforce.baseAnnualQuitRate()) / 365.0;
        double cutoff = wellbeing.exhaustionCutoff();
        // The slowly changing personal part is an Ornstein-Uhlenbeck process sampled exactly once a week:
        // with a correlation time of months, weekly steps change nothing a daily one would, at a seventh of
        // the cost of the normal draws.
        boolean weekly = Math.floorMod(day, SHOCK_STEP_DAYS) == 0;
        double persistence = Math.exp(-SHOCK_STEP_DAYS / wellbeing.personalShockDays());
        double innovation = wellbeing.personalShockSd() * Math.sqrt(1 - persistence * persistence);
        long[] quitKey = quitKeys();
        long today = KeyedRandom.suffix(day);
        double baseStrain = wellbeing.baseStrain();
        double quitRatio = workforce.burnoutQuitRatio();
        // Unit by unit and role by role, which is slot by slot in slot order: the strain a unit and role
        // share is looked up once for all its people.
        for (int u = 0; u < units.length; u++) {
            double extraStrain = units[u].extraStrain();
            for (int r = 0; r < ROLES.length; r++) {
                double workloadStrain = wellbeing.workloadStrain() * overload[u][r];
                double overtimeStrain = wellbeing.overtimeStrain() * overtimePerWeek[u][r];
                for (int i : positions[u * ROLES.length + r]) {
                    if (!occupied[i]) {
                        continue;
                    }
                    if (weekly) {
                        shock[i] = shock[i] * persistence
                                + innovation * KeyedRandom.gaussian(slotKey[i] ^ personId[i], day);
                    }
                    double strain = baseStrain + trait[i] + shock[i] + workloadStrain + overtimeStrain + extraStrain;
                    exhaustion[i] += (logistic(strain) - exhaustion[i]) * rate;
                    cynicism[i] += (cynicismTarget(exhaustion[i]) - cynicism[i]) * rate;
                    efficacy[i] += (efficacyTarget(exhaustion[i], (day - hiredOn[i]) / 365.0) - efficacy[i]) * rate;

                    double hazard = baseHazard * (exhaustion[i] >= cutoff ? quitRatio : 1);
                    if (KeyedRandom.uniformAfter(quitKey[i], today) < hazard) {
                        quit(i, day);
                    }
                }
            }
        }
    }

    /**
     * Each position's part of its daily quit draw, {@code KeyedRandom.uniform(slotKey, day)}, that does not
     * depend on the day ({@link KeyedRandom#prefix}); worked out once, and again after a checkpoint.
     */
    private long[] quitKeys() {
        if (quitKeys == null) {
            long[] keys = new long[slotKey.length];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = KeyedRandom.prefix(slotKey[i]);
            }
            quitKeys = keys;
        }
        return quitKeys;
    }

    private void quit(int i, int day) {
        Role role = ROLES[roleOf[i]];
        quits++;
        counters.add(Counter.QUITS, unitOf[i], 1);
        if (role == Role.REGISTERED_NURSE) {
            counters.add(Counter.NURSE_QUITS, unitOf[i], 1);
        }
        ledger.post(CostComponent.TURNOVER, cost.turnoverCost(role));
        vacate(i, day + 1);
    }

    private double cynicismTarget(double e) {
        return logistic(wellbeing.baseCynicism() + wellbeing.cynicismFromExhaustion() * (e - wellbeing.exhaustionCutoff()));
    }

    private double efficacyTarget(double e, double tenureYears) {
        return logistic(wellbeing.baseEfficacy() + wellbeing.efficacyFromTenure() * Math.min(Math.max(tenureYears, 0), 5) / 5
                - wellbeing.efficacyLossFromExhaustion() * e);
    }

    private static double logistic(double x) {
        return 1.0 / (1.0 + Math.exp(-x));
    }

    /**
     * METRICS: adds the day-end workforce levels of each unit to the counters. A unit's positions are
     * consecutive slots, so each unit's sums are kept in locals and added slot by slot in slot order, as
     * adding to the counters one slot at a time would.
     */
    public void tally() {
        double cutoff = wellbeing.exhaustionCutoff();
        double[] positionsRow = counters.row(Counter.POSITIONS);
        double[] vacanciesRow = counters.row(Counter.VACANCIES);
        double[] headcountRow = counters.row(Counter.HEADCOUNT);
        double[] exhaustionRow = counters.row(Counter.EXHAUSTION);
        double[] cynicismRow = counters.row(Counter.CYNICISM);
        double[] efficacyRow = counters.row(Counter.EFFICACY);
        double[] burnedOutRow = counters.row(Counter.BURNED_OUT);
        double[] nursesRow = counters.row(Counter.NURSE_HEADCOUNT);
        double[] nursesBurnedOutRow = counters.row(Counter.NURSES_BURNED_OUT);
        int nurse = Role.REGISTERED_NURSE.ordinal();
        for (int u = 0; u < units.length; u++) {
            double exhaustionSum = exhaustionRow[u];
            double cynicismSum = cynicismRow[u];
            double efficacySum = efficacyRow[u];
            int vacant = 0;
            int employed = 0;
            int burnedOut = 0;
            int nurses = 0;
            int nursesBurnedOut = 0;
            int funded = 0;
            for (int r = 0; r < ROLES.length; r++) {
                int[] slots = positions[u * ROLES.length + r];
                funded += slots.length;
                for (int i : slots) {
                    if (!occupied[i]) {
                        vacant++;
                        continue;
                    }
                    boolean out = exhaustion[i] >= cutoff;
                    employed++;
                    exhaustionSum += exhaustion[i];
                    cynicismSum += cynicism[i];
                    efficacySum += efficacy[i];
                    burnedOut += out ? 1 : 0;
                    if (r == nurse) {
                        nurses++;
                        nursesBurnedOut += out ? 1 : 0;
                    }
                }
            }
            // Whole counts: adding them at once gives the same double as adding 1 at a time.
            positionsRow[u] += funded;
            vacanciesRow[u] += vacant;
            headcountRow[u] += employed;
            exhaustionRow[u] = exhaustionSum;
            cynicismRow[u] = cynicismSum;
            efficacyRow[u] = efficacySum;
            burnedOutRow[u] += burnedOut;
            nursesRow[u] += nurses;
            nursesBurnedOutRow[u] += nursesBurnedOut;
        }
    }

    /**
     * A collaborative staff bank from today: bank staff work {@code fillShare} of the shifts agency would
     * otherwise fill, at {@code costMultiple} times a staff shift (seed 004: banks replace agency staff).
     */
    public void openBank(double fillShare, double costMultiple) {
        bankFillShare = fillShare;
        bankMultiple = costMultiple;
    }

    /**
     * Staffing stabilization from {@code day}: vacancies are posted and filled in {@code factor} of the usual
     * time (those already posted are redrawn if that brings them sooner; an offer already accepted keeps its
     * start), and agency covers at least {@code cover} of the gap left after overtime meanwhile.
     */
    public void stabilize(int day, double factor, double cover) {
        fillFactor = factor;
        agencyCover = cover;
        for (int i = 0; i < occupied.length; i++) {
            if (occupied[i] || fillsOn[i] - day <= workforce.daysToStart()) {
                continue;
            }
            double sooner = day + workforce.daysToFill() * factor
                    * KeyedRandom.of(slotKey[i], vacancies[i], STABILIZE).nextExponential() + workforce.daysToStart();
            fillsOn[i] = Math.min(fillsOn[i], sooner);
        }
    }

    /** Staff-shifts on duty on unit {@code u} today (own staff, overtime, bank and agency). */
    public double dutyShifts(int u) {
        return dutyShifts[u];
    }

    /** Frontline staff employed on unit {@code u}. */
    public int headcount(int u) {
        int n = 0;
        for (int r = 0; r < ROLES.length; r++) {
            for (int i : positions[u * ROLES.length + r]) {
                n += occupied[i] ? 1 : 0;
            }
        }
        return n;
    }

    /** Mean exhaustion of unit {@code u}'s staff (0 if nobody is employed). */
    public double meanExhaustion(int u) {
        double sum = 0;
        int n = 0;
        for (int r = 0; r < ROLES.length; r++) {
            for (int i : positions[u * ROLES.length + r]) {
                if (occupied[i]) {
                    sum += exhaustion[i];
                    n++;
                }
            }
        }
        return n > 0 ? sum / n : 0;
    }

    /** Loaded cost of an hour of unit {@code u}'s staff, by its funded positions. */
    public double hourlyCost(int u) {
        double annual = 0;
        int n = 0;
        for (Role role : ROLES) {
            int count = positions[u * ROLES.length + role.ordinal()].length;
            annual += count * cost.annualCost(role);
            n += count;
        }
        double hoursPerYear = workforce.shiftsPerWeek() * WEEKS_PER_YEAR * 24.0 / staffing.shiftsPerDay();
        return n > 0 ? annual / n / hoursPerYear : 0;
    }

    /** Funded positions. */
    public int positions() {
        return occupied.length;
    }

    /** Staff employed now. */
    public long headcount() {
        long n = 0;
        for (boolean o : occupied) {
            n += o ? 1 : 0;
        }
        return n;
    }

    /** Staff employed on the first day. */
    public long initialHeadcount() {
        return initialHeadcount;
    }

    /** Hires who started since the first day. */
    public long hires() {
        return hires;
    }

    /** Quits since the first day. */
    public long quits() {
        return quits;
    }

    /** Funded positions of {@code role} on unit {@code unit}. */
    public int positions(int unit, Role role) {
        return positions[unit * ROLES.length + role.ordinal()].length;
    }

    /** The unit of position {@code slot}. */
    public int unitOf(int slot) {
        return unitOf[slot];
    }

    /** The identity of position {@code slot} (its unit, role and rank), the key of its random numbers. */
    public long slotKey(int slot) {
        return slotKey[slot];
    }

    /** The role of position {@code slot}. */
    public Role roleOf(int slot) {
        return ROLES[roleOf[slot]];
    }

    /** Whether position {@code slot} is held by someone now (false: a vacancy). For inspection and display. */
    public boolean occupied(int slot) {
        return occupied[slot];
    }

    /** Exhaustion (0–1) of the holder of position {@code slot}; of its last holder while it is vacant. */
    public double exhaustion(int slot) {
        return exhaustion[slot];
    }

    /** Cynicism (0–1) of the holder of position {@code slot}; of its last holder while it is vacant. */
    public double cynicism(int slot) {
        return cynicism[slot];
    }

    /** Professional efficacy (0–1) of the holder of position {@code slot}; of its last holder while it is vacant. */
    public double efficacy(int slot) {
        return efficacy[slot];
    }

    /**
     * Writes, for each position, whether someone holds it and who ({@code present[slot]},
     * {@code person[slot]}; the identifier of the last holder when vacant).
     */
    public void holders(boolean[] present, long[] person) {
        System.arraycopy(occupied, 0, present, 0, occupied.length);
        System.arraycopy(personId, 0, person, 0, personId.length);
    }

    /** Exhaustion of each occupied position's holder (a copy), for inspection and tests. */
    public double[] exhaustionOfEmployed() {
        double[] out = new double[occupied.length];
        int n = 0;
        for (int i = 0; i < occupied.length; i++) {
            if (occupied[i]) {
                out[n++] = exhaustion[i];
            }
        }
        return Arrays.copyOf(out, n);
    }
}
