package org.groundswell.model.improvement;

import org.groundswell.model.improvement.Problem.Status;
import org.groundswell.model.kernel.Calendar;
import org.groundswell.model.kernel.DailyProcess;
import org.groundswell.model.kernel.KeyedRandom;

/**
 * VOICE, first: problems come and go and are noticed. New problems appear at a rate per unit (of one unit, or
 * of its department: the unit and those it exchanges patients with) and at the hospital's rate of systemic
 * problems (of every unit); their type is drawn by its frequency, their severity is exponential and their
 * lifetime too: they go away by themselves only when the equipment or routine they belong to changes.
 * Frontline staff notice a problem on their unit within days (Tucker et al. 2008: staff see operational
 * failures first-hand) and go on working around it until they raise it; where the unit's practice for its type
 * works, it is handled as soon as it is noticed.
 */
public final class ProblemArrivals implements DailyProcess {

    private static final long serialVersionUID = 1L;
    private static final ProblemType[] TYPES = ProblemType.values();

    private final Problems problems;
    private final ProblemParameters parameters;
    private final int[][] neighbours;
    private long nextId;

    /**
     * Creates the stock of problems open on the first day, each already noticed by its units' staff and, as
     * the weeks since it appeared make likely at the base speak-up rate, raised.
     *
     * @param neighbours  for each unit, the units it exchanges patients with
     * @param speakUpRate the base weekly chance that staff raise a problem they see
     */
    public ProblemArrivals(Problems problems, ProblemParameters parameters, int[][] neighbours, double speakUpRate,
                           int firstDay) {
        this.problems = problems;
        this.parameters = parameters;
        this.neighbours = neighbours;
        int units = problems.units();
        KeyedRandom random = KeyedRandom.of(problems.key(), Problems.STOCK);
        for (int u = 0; u < units; u++) {
            int n = random.nextPoisson(parameters.initialPerUnit());
            for (int k = 0; k < n; k++) {
                double age = parameters.lifetimeDays() * random.nextDouble();
                stock(random, create(random, u, false, firstDay - age, firstDay), age, speakUpRate);
            }
        }
        KeyedRandom systemic = KeyedRandom.of(problems.key(), Problems.SYSTEMIC_STOCK);
        int n = systemic.nextPoisson(parameters.initialSystemic());
        for (int k = 0; k < n; k++) {
            double age = parameters.lifetimeDays() * systemic.nextDouble();
            stock(systemic, create(systemic, 0, true, firstDay - age, firstDay), age, speakUpRate);
        }
    }

    /** A problem of the first day's stock, {@code age} days old: noticed everywhere, and raised where it was. */
    private static void stock(KeyedRandom random, Problem p, double age, double speakUpRate) {
        double raised = 1 - Math.pow(1 - speakUpRate, age / 7);
        for (int j = 0; j < p.reach(); j++) {
            p.setStatus(j, random.nextDouble() < raised ? Status.RAISED : Status.WORKAROUND);
        }
    }

    /**
     * A new problem: of unit {@code origin} or its department, or, if {@code systemic}, of every unit (then
     * {@code origin} is not read).
     */
    private Problem create(KeyedRandom random, int origin, boolean systemic, double appearedOn, double today) {
        ProblemTypeParameters types = problems.types();
        double total = 0;
        for (ProblemType t : TYPES) {
            total += types.frequency(t);
        }
        double pick = random.nextDouble() * total;
        ProblemType type = TYPES[TYPES.length - 1];
        for (ProblemType t : TYPES) {
            pick -= types.frequency(t);
            if (pick < 0) {
                type = t;
                break;
            }
        }
        Scope scope = systemic ? Scope.SYSTEMIC
                : random.nextDouble() < parameters.departmentShare() ? Scope.DEPARTMENT : Scope.UNIT;
        int[] reach = switch (scope) {
            case UNIT -> new int[] {origin};
            case DEPARTMENT -> department(origin);
            case SYSTEMIC -> allUnits();
        };
        double severity = Math.min(1, parameters.meanSeverity() * random.nextExponential());
        double retiresOn = today + parameters.lifetimeDays() * random.nextExponential();
        Problem p = new Problem(nextId++, type, scope, reach, severity, appearedOn, retiresOn);
        problems.add(p);
        return p;
    }

    private int[] department(int origin) {
        int[] out = new int[1 + neighbours[origin].length];
        out[0] = origin;
        System.arraycopy(neighbours[origin], 0, out, 1, neighbours[origin].length);
        return out;
    }

    private int[] allUnits() {
        int[] out = new int[problems.units()];
        for (int u = 0; u < out.length; u++) {
            out[u] = u;
        }
        return out;
    }

    /** New problems appear, old ones whose routine has changed go away, and staff notice the ones on their unit. */
    @Override
    public void day(int day) {
        int units = problems.units();
        KeyedRandom random = KeyedRandom.of(problems.key(), Problems.ARRIVALS, day);
        int arrivals = random.nextPoisson(parameters.arrivalsPerUnitPerYear() * units / Calendar.DAYS_PER_YEAR);
        for (int k = 0; k < arrivals; k++) {
            create(random, (int) (random.nextDouble() * units), false, day, day);
        }
        KeyedRandom systemic = KeyedRandom.of(problems.key(), Problems.SYSTEMIC_ARRIVALS, day);
        int systemicArrivals = systemic.nextPoisson(parameters.systemicPerYear() / Calendar.DAYS_PER_YEAR);
        for (int k = 0; k < systemicArrivals; k++) {
            create(systemic, 0, true, day, day);
        }
        problems.retire(day);
        double notice = parameters.detectionDays() > 0 ? 1 - Math.exp(-1 / parameters.detectionDays()) : 1;
        for (Problem p : problems.all()) {
            for (int k = 0; k < p.reach(); k++) {
                if (p.status(k) == Status.UNSEEN && problems.draw(Problems.NOTICE, p, k, day) < notice) {
                    if (problems.coveredByPractice(p, k)) {
                        problems.markFixed(p, k, true);
                    } else {
                        p.setStatus(k, Status.WORKAROUND);
                    }
                }
            }
        }
    }
}
