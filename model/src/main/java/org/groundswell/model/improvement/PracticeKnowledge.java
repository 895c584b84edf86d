package org.groundswell.model.improvement;

import java.util.Arrays;

import org.groundswell.model.care.UnitState;
import org.groundswell.model.kernel.DailyProcess;
import org.groundswell.model.kernel.KeyedRandom;
import org.groundswell.model.kernel.Role;
import org.groundswell.model.workforce.Workforce;

/**
 * CHANGE, last: practices that live in people ({@link PracticeParameters}). An owned practice's compliance is
 * the share of its unit's staff who work by it. On its first day they are the team that made it and the share
 * {@code practices.taughtShare} of the others it taught. Each day after, a colleague who does not yet work by
 * it picks it up with the chance (share who do) / {@code practices.peerLearningDays}: newcomers are taught only
 * by those who still practise it. Someone who works by it lets it go with the chance 1 / {@code
 * practices.forgetDays}, faster by exp({@code overloadForgetEffect} × overload) on an overloaded unit and by
 * {@code championLossFactor} once its champion has left; and whoever leaves the unit takes it with them. So a
 * practice lasts where those who know it outnumber those who lose it, and lapses where turnover, overload or a
 * lost champion win (Argote 2013; Wiltsey Stirman et al. 2012). Unowned practices are kept up by monitoring and
 * otherwise decay ({@link Erosion}).
 */
public final class PracticeKnowledge implements DailyProcess {

    private static final long serialVersionUID = 1L;
    private static final ProblemType[] TYPES = ProblemType.values();
    private static final long TAUGHT = 1;
    private static final long DAILY = 2;

    private final Problems problems;
    private final Workforce staff;
    private final UnitState[] units;
    private final PracticeParameters parameters;
    private final double sustainablePatientsPerNurse;
    private final long key;
    /** Each unit's frontline positions, in slot order. */
    private final int[][] unitSlots;

    /**
     * @param sustainablePatientsPerNurse the load above which a unit is overloaded
     * @param key                         the key of the practices' draws
     */
    public PracticeKnowledge(Problems problems, Workforce staff, UnitState[] units, PracticeParameters parameters,
                             double sustainablePatientsPerNurse, long key) {
        this.problems = problems;
        this.staff = staff;
        this.units = units;
        this.parameters = parameters;
        this.sustainablePatientsPerNurse = sustainablePatientsPerNurse;
        this.key = key;
        this.unitSlots = new int[units.length][];
        for (int u = 0; u < units.length; u++) {
            int[] all = new int[0];
            for (Role r : Role.values()) {
                int[] slots = staff.slots(u, r.ordinal());
                int n = all.length;
                all = Arrays.copyOf(all, n + slots.length);
                System.arraycopy(slots, 0, all, n, slots.length);
            }
            Arrays.sort(all);
            unitSlots[u] = all;
        }
    }

    @Override
    public void day(int day) {
        if (!parameters.carriedByPeople()) {
            return;
        }
        Practices practices = problems.practices();
        for (int u = 0; u < units.length; u++) {
            for (ProblemType t : TYPES) {
                Practice p = practices.get(u, t);
                if (p == null || !p.owned()) {
                    continue;
                }
                boolean was = practices.working(u, t);
                if (p.knowers() == null) {
                    start(p, u, t);
                } else {
                    carry(p, u, t, day);
                }
                if (was != practices.working(u, t)) {
                    problems.refresh(u, t);
                }
            }
        }
    }

    /** Its first day: the team that made it and the colleagues it taught work by it. */
    private void start(Practice p, int u, ProblemType t) {
        int[] slots = unitSlots[u];
        long[] knowers = new long[slots.length];
        Arrays.fill(knowers, -1);
        long champion = -1;
        int[] first = p.firstCarriers();
        if (first != null) {
            for (int node : first) {
                int k = Arrays.binarySearch(slots, node);
                if (k >= 0 && staff.occupied(node)) {
                    knowers[k] = staff.personId(node);
                    champion = champion < 0 ? knowers[k] : champion;
                }
            }
        }
        long taught = KeyedRandom.hash(key, TAUGHT, u, t.ordinal(), p.since());
        double share = Double.isNaN(p.knownShare()) ? parameters.taughtShare() : p.knownShare();
        for (int k = 0; k < slots.length; k++) {
            int i = slots[k];
            if (knowers[k] < 0 && staff.occupied(i)
                    && KeyedRandom.uniform(taught, i) < share) {
                knowers[k] = staff.personId(i);
                champion = champion < 0 ? knowers[k] : champion;
            }
        }
        p.startKnowledge(knowers, champion);
        p.comply(share(knowers, slots));
    }

    /** A day of working by it: colleagues pick it up, carriers let it go, leavers take it with them. */
    private void carry(Practice p, int u, ProblemType t, int day) {
        int[] slots = unitSlots[u];
        long[] knowers = p.knowers();
        double carried = share(knowers, slots);
        boolean championHere = p.champion() < 0;
        for (int i : slots) {
            if (staff.occupied(i) && staff.personId(i) == p.champion()) {
                championHere = true;
                break;
            }
        }
        double overload = Math.max(0, units[u].patientsPerNurseEquivalent() - sustainablePatientsPerNurse);
        double letGo = Math.exp(parameters.overloadForgetEffect() * overload)
                * (championHere ? 1 : parameters.championLossFactor()) / parameters.forgetDays();
        double forget = 1 - Math.exp(-letGo);
        double learn = 1 - Math.exp(-carried / parameters.peerLearningDays());
        long today = KeyedRandom.hash(key, DAILY, u, t.ordinal(), day);
        for (int k = 0; k < slots.length; k++) {
            int i = slots[k];
            if (!staff.occupied(i)) {
                knowers[k] = -1;
                continue;
            }
            long person = staff.personId(i);
            double draw = KeyedRandom.uniform(today, i);
            if (knowers[k] == person) {
                if (draw < forget) {
                    knowers[k] = -1;
                }
            } else {
                knowers[k] = draw < learn ? person : -1;
            }
        }
        p.comply(share(knowers, slots));
    }

    /** The share of the unit's employed staff who work by the practice. */
    private double share(long[] knowers, int[] slots) {
        int employed = 0;
        int know = 0;
        for (int k = 0; k < slots.length; k++) {
            int i = slots[k];
            if (staff.occupied(i)) {
                employed++;
                know += knowers[k] == staff.personId(i) ? 1 : 0;
            }
        }
        return employed == 0 ? 0 : (double) know / employed;
    }
}
