package org.groundswell.model.culture;

import org.groundswell.model.coordination.Coordination;
import org.groundswell.model.kernel.Calendar;
import org.groundswell.model.kernel.DailyProcess;
import org.groundswell.model.kernel.KeyedRandom;
import org.groundswell.model.kernel.LogOdds;

/**
 * VOICE, first: the unit managers as people ({@link LeadershipParameters}).
 *
 * <ul>
 *   <li><b>Style.</b> Each manager leans toward "doing with" or "doing to" by a log-odds offset drawn around the
 *       leadership's norm ({@code leadership.managerStyleSpread}; Nembhard &amp; Edmondson 2006): a manager who
 *       leans toward doing with blames less often than {@code leadership.blameResponse} and shows more respect
 *       than {@code leadership.managerRespect}, one who leans the other way the reverse.</li>
 *   <li><b>Attention.</b> A manager's attention is a budget: each mandate under monitoring on the unit
 *       ({@code leadership.monitorAttention}) and each day its improvement team meets
 *       ({@code leadership.teamAttention}) take a share of the day, and what is left is what they have for fixing
 *       the problems staff raise (Urquhart et al. 2018; Tucker &amp; Singer 2015). So both strategies can crowd out
 *       the fixing that makes voice pay.</li>
 *   <li><b>Tenure.</b> A manager leaves with {@code leadership.managerQuitRatePerYear} (AONL &amp; Laudio 2024).
 *       The successor draws a style of their own, their ties to the unit start as a newcomer's, and the unit's
 *       team is without a sponsor until they settle in over {@code leadership.sponsorDays} (Birken, Lee &amp;
 *       Weiner 2012).</li>
 * </ul>
 *
 * <p>Draws are keyed by unit and day (leaving) and by unit and tenure (style), so paired runs meet the same
 * managers leaving on the same days and the same successors.
 */
public final class Managers implements DailyProcess {

    private static final long serialVersionUID = 1L;
    private static final long LEAVE = 1;
    private static final long STYLE = 2;

    private final LeadershipParameters parameters;
    private final Coordination coordination;
    private final int[] nodes;
    private final long key;

    /** Each manager's lean toward doing with, on the log-odds scale (negative: toward doing to). */
    private final double[] style;
    private final int[] arrived;
    private final int[] tenure;
    private final double[] load;
    private final double[] lastLoad;
    private long departures;

    /**
     * @param nodes    the network node of each unit's manager
     * @param firstDay the first day simulated: the managers in post then are settled in
     */
    public Managers(LeadershipParameters parameters, Coordination coordination, int[] nodes, long key, int firstDay) {
        this.parameters = parameters;
        this.coordination = coordination;
        this.nodes = nodes.clone();
        this.key = key;
        int n = nodes.length;
        this.style = new double[n];
        this.arrived = new int[n];
        this.tenure = new int[n];
        this.load = new double[n];
        this.lastLoad = new double[n];
        int settled = firstDay - (int) Math.ceil(parameters.sponsorDays()) - 1;
        for (int u = 0; u < n; u++) {
            style[u] = drawStyle(u);
            arrived[u] = settled;
        }
    }

    private double drawStyle(int u) {
        return parameters.managerStyleSpread() * KeyedRandom.of(key, STYLE, u, tenure[u]).nextGaussian();
    }

    /** The chance that unit {@code u}'s manager answers a reported adverse event by blame. */
    public double blameChance(int u) {
        return LogOdds.shift(parameters.blameResponse(), -style[u]);
    }

    /** The respect unit {@code u}'s manager shows the staff, 0–1. */
    public double respect(int u) {
        return LogOdds.shift(parameters.managerRespect(), style[u]);
    }

    /** Unit {@code u}'s manager's lean toward doing with, on the log-odds scale (negative: toward doing to). */
    public double style(int u) {
        return style[u];
    }

    /** Takes {@code share} of unit {@code u}'s manager's attention today (a mandate monitored, a team met). */
    public void occupy(int u, double share) {
        load[u] += share;
    }

    /** The share of yesterday's attention unit {@code u}'s manager had left for fixing raised problems, 0–1. */
    public double attentionForFixing(int u) {
        return Math.max(0, 1 - lastLoad[u]);
    }

    /** How fully unit {@code u}'s manager sponsors its team on {@code day}: 0 on arrival, 1 once settled in. */
    public double sponsorship(int u, int day) {
        double days = parameters.sponsorDays();
        return days <= 0 ? 1 : Math.max(0, Math.min(1, (day - arrived[u]) / days));
    }

    /** Managers who have left their posts since the first day. */
    public long departures() {
        return departures;
    }

    /** Yesterday's attention becomes what was spent; a manager may leave, and a successor arrives at once. */
    @Override
    public void day(int day) {
        double leave = parameters.managerQuitRatePerYear() / Calendar.DAYS_PER_YEAR;
        for (int u = 0; u < nodes.length; u++) {
            lastLoad[u] = load[u];
            load[u] = 0;
            if (leave > 0 && KeyedRandom.uniform(KeyedRandom.hash(key, LEAVE, u), day) < leave) {
                replace(u, day);
            }
        }
    }

    private void replace(int u, int day) {
        departures++;
        tenure[u]++;
        arrived[u] = day;
        style[u] = drawStyle(u);
        coordination.newcomer(nodes[u]);
    }
}
