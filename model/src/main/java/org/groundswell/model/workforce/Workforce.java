package org.groundswell.model.workforce;

import java.io.Serializable;

import org.groundswell.model.care.UnitState;
import org.groundswell.model.kernel.Calendar;
import org.groundswell.model.kernel.KeyedRandom;
import org.groundswell.model.kernel.Role;
import org.groundswell.model.metrics.CostParameters;
import org.groundswell.model.metrics.Counter;
import org.groundswell.model.metrics.DayCounters;

/**
 * The frontline workforce's positions, one slot per funded position, kept in primitive arrays for the daily
 * loops. A slot is either held by a person (with an identity and a start date) or vacant until a hire starts.
 * What happens to the positions each day is in the processes that share this state: {@link Staffing} (who is
 * on duty), {@link Hiring} (vacancies filled), and, in package {@code wellbeing}, burnout and turnover.
 *
 * <p>Every draw about a position — whether it starts vacant, its holders' traits and tenure, how long it
 * stays vacant, its holder's daily quit draw — is keyed by (run key, unit, role, slot), so the same position
 * meets the same luck in paired runs whatever else differs.
 */
public final class Workforce implements Serializable {

    private static final long serialVersionUID = 1L;
    static final Role[] ROLES = Role.values();
    /** Longest tenure of a person employed on the first day, in years, drawn uniformly up to it. */
    private static final int MAX_INITIAL_TENURE_YEARS = 10;

    final UnitState[] units;
    final StaffingParameters staffing;
    final WorkforceParameters workforce;
    final CostParameters cost;
    private final double referencePatientsPerNurse;

    // One entry per funded position.
    final int[] unitOf;
    final byte[] roleOf;
    final boolean[] occupied;
    final long[] personId;
    final double[] hiredOn;
    final double[] fillsOn;
    final long[] slotKey;
    final int[] vacancies;
    final int[][] positions;

    private long nextPersonId;
    private long initialHeadcount;

    /**
     * Creates the positions each unit's plan funds for its expected census, all vacant until {@link #fill}.
     *
     * @param expectedCensus            expected patients per unit, which the staffing budget is built on
     * @param referencePatientsPerNurse patients per RN of a general unit, the scale of other roles' load
     * @param key                       the run's key for the workforce's random numbers
     */
    public Workforce(UnitState[] units, double[] expectedCensus, StaffingParameters staffing,
                     WorkforceParameters workforce, CostParameters cost, double referencePatientsPerNurse, long key) {
        this.units = units;
        this.staffing = staffing;
        this.workforce = workforce;
        this.cost = cost;
        this.referencePatientsPerNurse = referencePatientsPerNurse;
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
                }
                positions[u * ROLES.length + role.ordinal()] = slots;
            }
        }
    }

    /**
     * Fills the positions on the first day, but for the initial vacancies: a position held by someone gets a
     * tenure of up to ten years and a holder whose wellbeing {@code wellbeing} draws from the workforce's
     * steady state; a vacant one is part-way through being filled.
     */
    public void fill(int firstDay, StaffWellbeing wellbeing) {
        for (int i = 0; i < occupied.length; i++) {
            KeyedRandom random = new KeyedRandom(slotKey[i]);
            if (random.nextDouble() >= workforce.initialVacancyRate()) {
                double tenureDays = random.nextDouble() * MAX_INITIAL_TENURE_YEARS * 365;
                occupy(i, firstDay - tenureDays);
                wellbeing.veteran(i, ROLES[roleOf[i]], random);
            } else {
                openVacancy(i, firstDay, random);
            }
        }
        initialHeadcount = headcount();
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
        double people = shiftsPerDay * Calendar.DAYS_PER_WEEK / workforce.shiftsPerWeek() * (1 + staffing.reliefFactor());
        int n = (int) Math.round(people);
        return role == Role.REGISTERED_NURSE ? Math.max(1, n) : n;
    }

    /** Patients per worker of {@code role} at target load on a general-unit scale: the basis of its overload. */
    public double basis(Role role) {
        return role == Role.REGISTERED_NURSE ? staffing.patientsPerNurse() : referencePatientsPerNurse;
    }

    /** A new person takes up position {@code i}, hired on {@code hiredDay}. */
    void occupy(int i, double hiredDay) {
        occupied[i] = true;
        personId[i] = nextPersonId++;
        hiredOn[i] = hiredDay;
        fillsOn[i] = Double.NaN;
    }

    /**
     * METRICS: adds the day-end positions of each unit to the counters: funded, vacant, held, and held by
     * nurses. Whole counts, so adding a unit's at once gives the same double as adding one at a time.
     */
    public void tally(DayCounters counters) {
        double[] positionsRow = counters.row(Counter.POSITIONS);
        double[] vacanciesRow = counters.row(Counter.VACANCIES);
        double[] headcountRow = counters.row(Counter.HEADCOUNT);
        double[] nursesRow = counters.row(Counter.NURSE_HEADCOUNT);
        int nurse = Role.REGISTERED_NURSE.ordinal();
        for (int u = 0; u < units.length; u++) {
            int vacant = 0;
            int employed = 0;
            int nurses = 0;
            int funded = 0;
            for (int r = 0; r < ROLES.length; r++) {
                int[] slots = positions[u * ROLES.length + r];
                funded += slots.length;
                for (int i : slots) {
                    if (!occupied[i]) {
                        vacant++;
                        continue;
                    }
                    employed++;
                    nurses += r == nurse ? 1 : 0;
                }
            }
            positionsRow[u] += funded;
            vacanciesRow[u] += vacant;
            headcountRow[u] += employed;
            nursesRow[u] += nurses;
        }
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

    /** Loaded cost of an hour of unit {@code u}'s staff, by its funded positions. */
    public double hourlyCost(int u) {
        double annual = 0;
        int n = 0;
        for (Role role : ROLES) {
            int count = positions[u * ROLES.length + role.ordinal()].length;
            annual += count * cost.annualCost(role);
            n += count;
        }
        double hoursPerYear = workforce.shiftsPerWeek() * Calendar.WEEKS_PER_YEAR * 24.0 / staffing.shiftsPerDay();
        return n > 0 ? annual / n / hoursPerYear : 0;
    }

    /** The units the positions are on. */
    public int units() {
        return units.length;
    }

    /** Funded positions. */
    public int positions() {
        return occupied.length;
    }

    /** The slots of the funded positions of role {@code r} (its ordinal) on unit {@code u}, in slot order. Read only. */
    public int[] slots(int u, int r) {
        return positions[u * ROLES.length + r];
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

    /** Whether position {@code slot} is held by someone now (false: a vacancy). */
    public boolean occupied(int slot) {
        return occupied[slot];
    }

    /** The identifier of the holder of position {@code slot} (of its last holder while it is vacant). */
    public long personId(int slot) {
        return personId[slot];
    }

    /** The day the holder of position {@code slot} was hired (negative before the first day). */
    public double hiredOn(int slot) {
        return hiredOn[slot];
    }

    /**
     * Writes, for each position, whether someone holds it and who ({@code present[slot]},
     * {@code person[slot]}; the identifier of the last holder when vacant).
     */
    public void holders(boolean[] present, long[] person) {
        System.arraycopy(occupied, 0, present, 0, occupied.length);
        System.arraycopy(personId, 0, person, 0, personId.length);
    }
}
