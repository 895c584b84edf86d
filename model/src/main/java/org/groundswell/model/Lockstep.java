package org.groundswell.model;

import java.util.ArrayList;
import java.util.List;

import org.groundswell.model.change.Strategies;
import org.groundswell.model.culture.Decisions;
import org.groundswell.model.param.ParameterException;
import org.groundswell.model.parameters.HospitalParameters;
import org.groundswell.model.parameters.Intervention;

import sim.engine.Schedule;
import sim.engine.SimState;

/**
 * Hospitals stepped together: the {@link SimState} that MASON's teaching window and the browser classroom
 * drive. One tick of this schedule is one day of every hospital, so the hospitals are always on the same day,
 * whatever the speed or the moment the user pauses. Each hospital is an ordinary {@link Hospital}, built from
 * the same parameters and seed but for its strategy, and stepped exactly as a headless run steps it
 * ({@code schedule.step}): whoever shows them changes nothing in the model and only reads it, so a hospital
 * on screen produces the same metrics as {@code groundswell run} with the same scenario and seed, and two
 * strategies side by side meet the same patients and staff (common random numbers). The run ends after the
 * last day of the strategy period.
 *
 * <p>The seed is MASON's: the Console sets it before each start (its "Random Number Seed" field), and it is
 * the hospitals' seed. MASON keeps 32 bits; a scenario seed it cannot hold is used as it is until the user
 * types another one.
 *
 * {@snippet :
 * Lockstep both = new Lockstep(parameters, List.of("top-down", "partnership"));
 * both.start();
 * while (both.schedule.step(both)) {
 *     // both hospitals are on the same day: both.day()
 * }
 * }
 */
public final class Lockstep extends SimState {

    private static final long serialVersionUID = 1L;

    private HospitalParameters parameters;
    private List<String> strategies;
    private List<List<Intervention>> added = List.of();
    private Decisions[] decisions = new Decisions[0];
    private HospitalParameters running;
    private Hospital[] hospitals = new Hospital[0];
    private transient DayLog[] logs = new DayLog[0];
    private int daysSimulated;
    // For a region scenario: a region per strategy, the member on show, and every member's log.
    private Region[] regions = new Region[0];
    private int shown;
    private transient DayLog[][] memberLogs = new DayLog[0][];
    private transient DayLog[] regionLogs = new DayLog[0];

    /**
     * @param parameters the scenario, its seed the seed of the first run
     * @param strategies the strategy of each hospital, one hospital per entry (one or more)
     * @throws ParameterException if {@code strategies} is empty or names an unknown strategy
     */
    public Lockstep(HospitalParameters parameters, List<String> strategies) {
        super(parameters.seed());
        configure(parameters, strategies);
    }

    /**
     * The parameters and strategies of the next {@link #start()}; the hospitals of a run already started are
     * not touched.
     *
     * @throws ParameterException if {@code strategies} is empty or names an unknown strategy
     */
    public void configure(HospitalParameters newParameters, List<String> newStrategies) {
        if (newStrategies.isEmpty()) {
            throw new ParameterException("strategies", newStrategies, "at least one strategy");
        }
        for (String id : newStrategies) {
            if (!Strategies.isKnown(id)) {
                throw new ParameterException("strategy", id, "one of " + String.join(", ", Strategies.ids()));
            }
        }
        if (parameters != null && newParameters.seed() != parameters.seed()) {
            setSeed(newParameters.seed());
        }
        this.parameters = newParameters;
        this.strategies = List.copyOf(newStrategies);
        List<List<Intervention>> none = new ArrayList<>();
        for (int i = 0; i < newStrategies.size(); i++) {
            none.add(List.of());
        }
        this.added = List.copyOf(none);
        this.decisions = new Decisions[newStrategies.size()];
        java.util.Arrays.fill(decisions, Decisions.MODEL);
    }

    /**
     * Who makes hospital {@code index}'s decisions that the model otherwise draws, from the next
     * {@link #start()} on (until the next {@link #configure}); {@link Decisions#MODEL} unless set.
     *
     * @throws IndexOutOfBoundsException if there is no hospital {@code index}
     */
    public void decideBy(int index, Decisions who) {
        decisions[index] = java.util.Objects.requireNonNull(who, "decisions");
    }

    /**
     * Adds {@code intervention} to hospital {@code index}'s timeline, after the scenario's own, from the next
     * {@link #start()} on (until the next {@link #configure}): how a run is decided mid-way. Started again and
     * stepped back to the day it stood on, the hospital has lived the same days as before if the intervention
     * starts after them, and goes on as a headless run of the scenario with that intervention on its timeline.
     *
     * @throws IndexOutOfBoundsException if there is no hospital {@code index}
     */
    public void addIntervention(int index, Intervention intervention) {
        List<List<Intervention>> all = new ArrayList<>(added);
        List<Intervention> mine = new ArrayList<>(all.get(index));
        mine.add(intervention);
        all.set(index, List.copyOf(mine));
        added = List.copyOf(all);
    }

    /** The interventions added to each hospital's timeline by {@link #addIntervention}, in strategy order. */
    public List<List<Intervention>> addedInterventions() {
        return added;
    }

    /**
     * Builds a fresh hospital per strategy, each with its own {@link DayLog}, and schedules their days. For a
     * region scenario each strategy gets a {@link Region}, and {@link #hospitals()} are the member on show of
     * each ({@link #show}); the decisions set by {@link #decideBy} are the member on show's.
     */
    @Override
    public void start() {
        super.start();
        running = parameters.withSeed(runSeed());
        int n = strategies.size();
        hospitals = new Hospital[n];
        logs = new DayLog[n];
        boolean region = running.region().hasHospitals();
        regions = new Region[region ? n : 0];
        memberLogs = new DayLog[regions.length][];
        regionLogs = new DayLog[regions.length];
        shown = region ? Math.min(shown, running.region().hospitals().size() - 1) : 0;
        for (int i = 0; i < n; i++) {
            if (region) {
                regions[i] = new Region(parametersOf(i), false);
                regionLogs[i] = new DayLog();
                regions[i].addListener(regionLogs[i]);
                regions[i].start();
                List<Hospital> members = regions[i].members();
                memberLogs[i] = new DayLog[members.size()];
                for (int h = 0; h < members.size(); h++) {
                    memberLogs[i][h] = new DayLog();
                    members.get(h).addListener(memberLogs[i][h]);
                }
                members.get(shown).decideBy(decisions[i]);
            } else {
                hospitals[i] = new Hospital(parametersOf(i), false);
                hospitals[i].decideBy(decisions[i]);
                logs[i] = new DayLog();
                hospitals[i].addListener(logs[i]);
                hospitals[i].start();
            }
        }
        if (region) {
            showMembers();
        }
        daysSimulated = 0;
        schedule.scheduleRepeating(Schedule.EPOCH, 0, state -> stepHospitals(), 1.0);
    }

    /** Shows member {@code member} of each region in {@link #hospitals()} and {@link #logs()}. */
    private void showMembers() {
        for (int i = 0; i < regions.length; i++) {
            hospitals[i] = regions[i].members().get(shown);
            logs[i] = memberLogs[i][shown];
        }
    }

    /**
     * For a region scenario, shows member {@code member} (in the region's order) from now on: the hospitals
     * and logs this lockstep gives are that member's in every strategy's region. Nothing is re-run.
     *
     * @throws IndexOutOfBoundsException if the region has no member {@code member}
     */
    public void show(int member) {
        if (regions.length == 0) {
            if (member != 0) {
                throw new IndexOutOfBoundsException("one hospital, no member " + member);
            }
            return;
        }
        java.util.Objects.checkIndex(member, memberLogs[0].length);
        shown = member;
        showMembers();
    }

    /** The member on show (0 for a single hospital). */
    public int shown() {
        return shown;
    }

    /** The names of the region's members, in order; empty for a single hospital. */
    public List<String> memberNames() {
        return regions.length == 0 ? List.of() : regions[0].names();
    }

    /** Each strategy's region, in strategy order; empty for a single hospital. */
    public List<Region> regions() {
        return List.of(regions);
    }

    /** The logs of every member of strategy {@code index}'s region, in the region's order; empty for one hospital. */
    public List<DayLog> memberLogs(int index) {
        return regions.length == 0 ? List.of() : List.of(memberLogs[index]);
    }

    /** The log of the region's pooled records under strategy {@code index}; null for a single hospital. */
    public DayLog regionLog(int index) {
        return regions.length == 0 ? null : regionLogs[index];
    }

    /** Hospital {@code i}'s parameters: the run's, under its strategy, with the interventions added to it. */
    private HospitalParameters parametersOf(int i) {
        HospitalParameters mine = running.withStrategy(strategies.get(i));
        if (added.get(i).isEmpty()) {
            return mine;
        }
        if (mine.region().hasHospitals()) {
            List<org.groundswell.model.parameters.MemberParameters> members = new ArrayList<>();
            for (var m : mine.region().hospitals()) {
                members.add(new org.groundswell.model.parameters.MemberParameters(m.name(), m.strategy(),
                        withAdded(m.parameters(), i)));
            }
            return mine.withRegion(mine.region().withHospitals(members));
        }
        return withAdded(mine, i);
    }

    private HospitalParameters withAdded(HospitalParameters p, int i) {
        List<Intervention> timeline = new ArrayList<>(p.interventions());
        timeline.addAll(added.get(i));
        return p.withInterventions(List.copyOf(timeline));
    }

    /** The scenario's seed while MASON's (32-bit) copy of it is unchanged; otherwise the one the user set. */
    private long runSeed() {
        return seed() == (int) parameters.seed() ? parameters.seed() : seed() & 0xffffffffL;
    }

    /** One day of every hospital, in order; after the last day of the run, the run ends. */
    private void stepHospitals() {
        if (regions.length > 0) {
            for (Region region : regions) {
                region.schedule.step(region);
            }
        } else {
            for (Hospital hospital : hospitals) {
                hospital.schedule.step(hospital);
            }
        }
        daysSimulated++;
        if (daysSimulated >= running.totalDays()) {
            for (Hospital hospital : hospitals) {
                hospital.finish();
            }
            kill();
        }
    }

    /** The hospitals of the current run, in strategy order (empty before the first start). */
    public List<Hospital> hospitals() {
        return List.of(hospitals);
    }

    /** The day logs of the current run's hospitals, in the same order. */
    public List<DayLog> logs() {
        return logs == null ? List.of() : List.of(logs);
    }

    /** The strategy of each hospital, of the next start (and of the current run unless reconfigured since). */
    public List<String> strategies() {
        return strategies;
    }

    /** The parameters of the current run as started (strategy aside: each hospital has its own), or null. */
    public HospitalParameters running() {
        return running;
    }

    /** Days simulated in the current run, by every hospital alike. */
    public int daysSimulated() {
        return daysSimulated;
    }

    /**
     * The last day simulated (day 0 is the first day of the strategy period, warm-up days are negative), or
     * the day before the first while nothing has been simulated.
     */
    public int day() {
        return running == null ? 0 : daysSimulated - running.warmupDays() - 1;
    }

    /** Whether the current run has simulated its last day. */
    public boolean finished() {
        return running != null && daysSimulated >= running.totalDays();
    }

    /** A checkpoint keeps the hospitals but not their history: new logs record from the day it was taken. */
    private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
        in.defaultReadObject();
        logs = new DayLog[hospitals.length];
        memberLogs = new DayLog[regions.length][];
        regionLogs = new DayLog[regions.length];
        for (int i = 0; i < regions.length; i++) {
            regionLogs[i] = new DayLog();
            regions[i].addListener(regionLogs[i]);
            List<Hospital> members = regions[i].members();
            memberLogs[i] = new DayLog[members.size()];
            for (int h = 0; h < members.size(); h++) {
                memberLogs[i][h] = new DayLog();
                members.get(h).addListener(memberLogs[i][h]);
            }
        }
        if (regions.length > 0) {
            showMembers();
            return;
        }
        for (int i = 0; i < hospitals.length; i++) {
            logs[i] = new DayLog();
            hospitals[i].addListener(logs[i]);
        }
    }
}
