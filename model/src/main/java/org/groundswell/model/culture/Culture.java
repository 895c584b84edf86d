package org.groundswell.model.culture;

import org.groundswell.model.care.UnitState;
import org.groundswell.model.coordination.Coordination;
import org.groundswell.model.coordination.CoordinationParameters;
import org.groundswell.model.coordination.UnitPeople;
import org.groundswell.model.improvement.Problem;
import org.groundswell.model.improvement.Problems;
import org.groundswell.model.kernel.Calendar;
import org.groundswell.model.kernel.DailyProcess;
import org.groundswell.model.kernel.KeyedRandom;
import org.groundswell.model.kernel.LogOdds;
import org.groundswell.model.metrics.Counter;
import org.groundswell.model.metrics.DayCounters;

/**
 * Psychological safety, voice, reporting and leadership's response to harm, unit by unit.
 *
 * <p>Staff who see a problem raise it with a weekly probability that rises with the unit's psychological
 * safety, the manager's respect, and the respect and shared goals among colleagues (Lazes &amp; Rudden; Common Fire 2017; Gittell 2016).
 * Adverse events are reported with a probability that rises with safety and falls with fear of blame;
 * leadership sees only what is reported. To a reported event it responds either by blaming an individual —
 * fear rises, safety falls, the blamed person's ties lose respect and problem-solving communication — or by
 * a joint analysis with the unit, which, as the cardiac-monitor task force in Lazes &amp; Rudden did, may find the
 * broken system behind the event and fix it, raising RC among those who worked on it. A joint analysis takes its
 * staff off the floor, so an overloaded unit holds fewer of those called ({@code leadership.analysisStallOverload}). Safety rises each
 * time a problem staff raised is acted on, and drifts back to where the unit's leadership holds it.
 *
 * <p>Voice that leads nowhere hurts (Tucker &amp; Singer 2015): each problem the unit's staff raised that waits
 * unfixed lowers its safety a little every day ({@code culture.unansweredSafetyLoss} a year) and, through the
 * unit, raises its staff's cynicism (the wellbeing model); cynical staff speak up less
 * ({@code culture.speakUpCynicismEffect}). So speaking up is a gamble on whether management can act: where
 * managers fix what is raised ({@code leadership.managerFixesPerYear}) voice builds safety, where they cannot it
 * wears safety down. Every fix of a raised problem is counted on the unit as a fix that worked, for its staff's
 * efficacy.
 */
public final class Culture implements DailyProcess {

    private static final long serialVersionUID = 1L;

    private final CultureParameters culture;
    private final LeadershipParameters leadership;
    private final CoordinationParameters rc;
    private final Problems problems;
    private final Coordination coordination;
    private final UnitPeople people;
    private final UnitState[] units;
    private final Managers managers;
    private final double sustainableLoad;
    private final long key;

    private final double[] safety;
    private final double[] safetyNorm;
    private final double[] fear;
    private final long[] blames;
    private final long[] analyses;
    private double blameScale = 1;
    private double respectGain;
    private Decisions decisions = Decisions.MODEL;

    public Culture(CultureParameters culture, LeadershipParameters leadership, CoordinationParameters rc,
                   Problems problems, Coordination coordination, UnitPeople people, UnitState[] units,
                   Managers managers, double sustainableLoad, long key) {
        this.culture = culture;
        this.leadership = leadership;
        this.rc = rc;
        this.problems = problems;
        this.coordination = coordination;
        this.people = people;
        this.units = units;
        this.managers = managers;
        this.sustainableLoad = sustainableLoad;
        this.key = key;
        int n = people.managers().length;
        this.safety = new double[n];
        this.safetyNorm = new double[n];
        this.fear = new double[n];
        this.blames = new long[n];
        this.analyses = new long[n];
        java.util.Arrays.fill(safety, culture.psychologicalSafety());
        java.util.Arrays.fill(safetyNorm, culture.psychologicalSafety());
    }

    /** The weekly chance that staff of unit {@code u} raise a problem they see. */
    public double speakUpProbability(int u) {
        return LogOdds.shift(culture.speakUpRate(), culture.speakUpSafetyEffect() * (safety[u] - 0.5)
                + culture.speakUpRespectEffect() * (Math.min(1, managers.respect(u) + respectGain) - 0.5)
                + culture.speakUpRcEffect() * (coordination.relationship(u) - rc.referenceRc())
                - culture.speakUpCynicismEffect() * (cynicism(u) - culture.referenceCynicism()));
    }

    /** Mean cynicism of unit {@code u}'s staff, as the wellbeing model last left it (the reference before). */
    private double cynicism(int u) {
        double c = units[u].staffCynicism();
        return Double.isNaN(c) ? culture.referenceCynicism() : c;
    }

    /** The chance that an adverse event on unit {@code u} is reported. */
    public double reportingProbability(int u) {
        return LogOdds.shift(culture.reportingRate(), culture.reportingSafetyEffect() * (safety[u] - 0.5)
                - culture.reportingFearEffect() * fear[u]);
    }

    /**
     * Reports today's adverse events and answers each report. The draws are keyed by unit and day, so paired
     * runs meet the same luck on the same unit and day.
     *
     * @param adverseEvents the adverse events on each unit today
     * @return the reports made on each unit today
     */
    public int[] report(double[] adverseEvents, boolean[] present, int day) {
        int[] reports = new int[safety.length];
        for (int u = 0; u < safety.length; u++) {
            KeyedRandom random = KeyedRandom.of(key, u, day);
            int events = (int) Math.round(adverseEvents[u]);
            double p = reportingProbability(u);
            for (int k = 0; k < events; k++) {
                if (random.nextDouble() >= p) {
                    continue;
                }
                reports[u]++;
                Decisions.HarmResponse drawn = random.nextDouble() < managers.blameChance(u) * blameScale
                        ? Decisions.HarmResponse.BLAME : Decisions.HarmResponse.JOINT_ANALYSIS;
                if (decisions.answerHarm(u, day, drawn) == Decisions.HarmResponse.BLAME) {
                    blame(u, present, random);
                } else {
                    jointAnalysis(u, present, random);
                }
            }
        }
        return reports;
    }

    private void blame(int u, boolean[] present, KeyedRandom random) {
        blames[u]++;
        fear[u] = Math.min(1, fear[u] + culture.fearPerBlame());
        safety[u] = Math.max(0, safety[u] - culture.safetyLossPerBlame());
        int blamed = pickPresent(people.nurses()[u], present, random);
        if (blamed >= 0) {
            coordination.blame(blamed);
        }
    }

    private void jointAnalysis(int u, boolean[] present, KeyedRandom random) {
        analyses[u]++;
        if (random.nextDouble() >= held(u)) {
            return;
        }
        double find = LogOdds.shift(leadership.jointAnalysisFind(),
                rc.problemSolvingEffect() * (coordination.problemSolving(u) - rc.referenceRc()));
        if (random.nextDouble() >= find) {
            return;
        }
        Problem problem = problems.harmfulOn(u, random);
        if (problem == null) {
            return;
        }
        problems.fix(problem, problem.indexOf(u), leadership.jointFixFit());
        problem.makeKnownToLeadership();
        actedOn(u, 1);
        coordination.jointSuccess(team(u, present, random));
    }

    /**
     * The chance that a joint analysis called on unit {@code u} is held: its staff must come off the floor, and
     * the more the unit is overloaded the less it can spare them ({@code leadership.analysisStallOverload}).
     */
    double held(int u) {
        double overload = units[u].patientsPerNurseEquivalent() - sustainableLoad;
        return 1 / (1 + Math.exp(leadership.analysisStallSteepness() * (overload - leadership.analysisStallOverload())));
    }

    /** The unit's manager, one of its physicians and up to {@code leadership.analysisStaff} of its staff present. */
    private int[] team(int u, boolean[] present, KeyedRandom random) {
        int[] staff = people.staff()[u];
        int[] physicians = people.physicians()[u];
        int[] team = new int[2 + leadership.analysisStaff()];
        int n = 0;
        team[n++] = people.managers()[u];
        if (physicians.length > 0) {
            team[n++] = physicians[(int) (random.nextDouble() * physicians.length)];
        }
        for (int k = 0; k < leadership.analysisStaff() && staff.length > 0; k++) {
            int pick = pickPresent(staff, present, random);
            if (pick >= 0) {
                team[n++] = pick;
            }
        }
        return java.util.Arrays.copyOf(team, n);
    }

    private static int pickPresent(int[] nodes, boolean[] present, KeyedRandom random) {
        if (nodes.length == 0) {
            return -1;
        }
        int start = (int) (random.nextDouble() * nodes.length);
        for (int k = 0; k < nodes.length; k++) {
            int node = nodes[(start + k) % nodes.length];
            if (present[node]) {
                return node;
            }
        }
        return -1;
    }

    /**
     * Safety rises for each of {@code fixes} problems the unit's staff raised that were acted on today, and each
     * counts on the unit as a fix that worked.
     */
    public void actedOn(int u, int fixes) {
        safety[u] = Math.min(1, safety[u] + fixes * culture.safetyGainPerFix());
        units[u].addFixesWorked(fixes);
    }

    /** Raises (or, for a negative amount, lowers) unit {@code u}'s safety and the level it drifts back to by
     *  {@code amount} (both kept within 0-1). */
    public void raiseSafety(int u, double amount) {
        safety[u] = Math.max(0, Math.min(1, safety[u] + amount));
        safetyNorm[u] = Math.max(0, Math.min(1, safetyNorm[u] + amount));
    }

    /** Who answers reported harm, and whether staff raise what they work around ({@link Decisions#MODEL}: the model). */
    public void decideBy(Decisions who) {
        decisions = java.util.Objects.requireNonNull(who, "decisions");
    }

    /** Who makes the decisions the model otherwise draws. */
    public Decisions decisions() {
        return decisions;
    }

    /** The unit managers: their styles, attention and tenure. */
    public Managers managers() {
        return managers;
    }

    /** Scales leadership's chance of answering a report by blame (a social contract lowers it). */
    public void scaleBlame(double factor) {
        blameScale = factor;
    }

    /** Raises the respect managers show their staff, as voice feels it (a good labor-relations tone). */
    public void raiseManagerRespect(double amount) {
        respectGain += amount;
    }

    /**
     * VOICE, after the day's reports: the problems raised that wait unfixed wear safety down and are left on
     * each unit for its staff's cynicism; safety drifts back toward its norm, fear fades.
     */
    @Override
    public void day(int day) {
        int[] unanswered = unanswered();
        double back = 1 - Math.exp(-1 / culture.safetyDriftDays());
        double fade = Math.exp(-1 / culture.fearDays());
        double loss = culture.unansweredSafetyLoss() / Calendar.DAYS_PER_YEAR;
        for (int u = 0; u < safety.length; u++) {
            units[u].setUnansweredVoice(unanswered[u]);
            safety[u] = Math.max(0, safety[u] - loss * unanswered[u]);
            safety[u] += (safetyNorm[u] - safety[u]) * back;
            fear[u] *= fade;
        }
    }

    /** On each unit, the problems its staff raised that wait unfixed. */
    private int[] unanswered() {
        int[] out = new int[safety.length];
        for (Problem p : problems.all()) {
            for (int k = 0; k < p.reach(); k++) {
                if (p.status(k) == Problem.Status.RAISED) {
                    out[p.unit(k)]++;
                }
            }
        }
        return out;
    }

    /** Problems the staff of unit {@code u} raised that wait unfixed, as of the last day. */
    public int unanswered(int u) {
        return units[u].unansweredVoice();
    }

    /** Psychological safety of unit {@code u}, 0–1. */
    public double safety(int u) {
        return safety[u];
    }

    /** Fear of blame on unit {@code u}, 0–1. */
    public double fear(int u) {
        return fear[u];
    }

    /** Blame events on unit {@code u} since the first day. */
    public long blames(int u) {
        return blames[u];
    }

    /** Joint analyses on unit {@code u} since the first day. */
    public long analyses(int u) {
        return analyses[u];
    }

    /** METRICS: each unit's psychological safety, and the hospital's mean. */
    public void tally(DayCounters counters) {
        double sum = 0;
        for (int u = 0; u < safety.length; u++) {
            counters.set(Counter.PSYCH_SAFETY, u, safety[u]);
            sum += safety[u];
        }
        counters.set(Counter.PSYCH_SAFETY, counters.hospitalSlot(), sum / safety.length);
    }
}
