package org.groundswell.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.groundswell.model.care.CareParameters;
import org.groundswell.model.care.PatientFlow;
import org.groundswell.model.care.UnitState;
import org.groundswell.model.change.Interventions;
import org.groundswell.model.change.Strategies;
import org.groundswell.model.change.Strategy;
import org.groundswell.model.coordination.Coordination;
import org.groundswell.model.coordination.StaffNetwork;
import org.groundswell.model.culture.Culture;
import org.groundswell.model.improvement.Practices;
import org.groundswell.model.improvement.ProblemType;
import org.groundswell.model.improvement.Problems;
import org.groundswell.model.kernel.KeyedRandom;
import org.groundswell.model.kernel.Role;
import org.groundswell.model.kernel.Streams;
import org.groundswell.model.kernel.UnitParameters;
import org.groundswell.model.kernel.UnitParameters.Transfer;
import org.groundswell.model.metrics.CostComponent;
import org.groundswell.model.metrics.CostLedger;
import org.groundswell.model.metrics.CostParameters;
import org.groundswell.model.metrics.Counter;
import org.groundswell.model.metrics.DayCounters;
import org.groundswell.model.metrics.DayRecord;
import org.groundswell.model.metrics.Metric;
import org.groundswell.model.metrics.Metrics;
import org.groundswell.model.metrics.MetricsCollector;
import org.groundswell.model.parameters.HospitalParameters;
import org.groundswell.model.parameters.InterventionType;
import org.groundswell.model.wellbeing.Burnout;
import org.groundswell.model.wellbeing.Turnover;
import org.groundswell.model.wellbeing.WellbeingParameters;
import org.groundswell.model.workforce.Hiring;
import org.groundswell.model.workforce.Physicians;
import org.groundswell.model.workforce.Staffing;
import org.groundswell.model.workforce.Workforce;
import org.groundswell.model.workforce.Workload;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * A hospital: the MASON {@link SimState} that holds a run's whole state, so a run can be checkpointed by
 * serialization. One schedule tick is one day; within a day the processes run in the {@link Ordering}s.
 * Days are numbered from {@code -warmupDays}; day 0 is the first day of the strategy period.
 *
 * <p>{@link #start()} builds the hospital from its parameters: units, the staff their plans fund, the
 * physician group; nothing is built in the constructor, so MASON's GUI can restart it.
 */
public final class Hospital extends SimState {

    private static final long serialVersionUID = 1L;

    /** Workgroups of the RC survey: the frontline roles, then physicians, then unit managers. */
    private static final int PHYSICIAN_GROUP = Role.values().length;
    private static final int MANAGER_GROUP = PHYSICIAN_GROUP + 1;
    private static final int GROUPS = MANAGER_GROUP + 1;

    private HospitalParameters parameters;
    private final boolean reportPatients;
    private transient List<RunListener> listeners = new ArrayList<>();

    private UnitState[] units;
    private DayCounters counters;
    private CostLedger ledger;
    private PatientFlow flow;
    private Workforce workforce;
    private Staffing staffing;
    private Hiring hiring;
    private Burnout burnout;
    private Turnover turnover;
    private Physicians physicians;
    private MetricsCollector collector;
    private Coordination coordination;
    private Problems problems;
    private Culture culture;
    private boolean[] present;
    private long[] person;
    private double[] problemHarm;
    private double[] timeLoss;
    private double[] silentLoad;
    private int[] workarounds;
    private int[] openOn;
    private Culture.UnitPeople people;
    private HospitalChangeContext change;
    private Interventions interventions;
    private Strategy strategy;
    private int[] milestones;

    /**
     * @param parameters     the scenario, seed included
     * @param reportPatients whether listeners get a record of every ended stay
     * @throws org.groundswell.model.param.ParameterException if the strategy is not a known strategy
     */
    public Hospital(HospitalParameters parameters, boolean reportPatients) {
        super(parameters.seed());
        Strategies.require(parameters.strategy());
        this.parameters = parameters;
        this.reportPatients = reportPatients;
    }

    /** Adds a listener for days (and stays); listeners are not part of the checkpointed state. */
    public void addListener(RunListener listener) {
        if (listeners == null) {
            listeners = new ArrayList<>();
        }
        listeners.add(listener);
    }

    @Override
    public void start() {
        super.start();
        Streams streams = new Streams(parameters.seed());
        List<UnitParameters> unitParameters = parameters.units();
        units = new UnitState[unitParameters.size()];
        for (int u = 0; u < units.length; u++) {
            units[u] = new UnitState(u, unitParameters.get(u), parameters.care());
        }
        counters = new DayCounters(units.length);
        ledger = new CostLedger();
        double[] expectedCensus = expectedCensus(parameters);
        flow = new PatientFlow(units, parameters.care(), parameters.cost(), counters, ledger,
                streams.stream(Streams.ARRIVALS), streams.stream(Streams.PATIENTS));
        physicians = new Physicians(parameters.physicians(), units, expectedCensus, neighbours(parameters),
                streams.stream(Streams.PHYSICIANS));
        workforce = new Workforce(units, expectedCensus, parameters.staffing(), parameters.workforce(),
                parameters.cost(), parameters.care().referencePatientsPerNurse(),
                streams.stream(Streams.WORKFORCE).nextLong());
        WellbeingParameters wellbeing = parameters.wellbeing();
        Workload workload = new Workload(units.length);
        burnout = new Burnout(wellbeing, parameters.workforce().burnoutQuitRatio(), workforce, workload, units);
        staffing = new Staffing(workforce, burnout, workload, physicians, counters, ledger,
                wellbeing.sustainablePatientsPerNurse());
        workforce.fill(firstDay(), burnout);
        hiring = new Hiring(workforce, burnout, counters);
        turnover = new Turnover(parameters.workforce(), parameters.cost(), workforce, burnout, hiring, counters, ledger);
        buildCoordination(streams);
        int windowDays = Math.min(parameters.summaryDays(), parameters.totalDays());
        collector = new MetricsCollector(units.length, parameters.days() - windowDays);
        if (reportPatients) {
            flow.setStayListener(record -> listeners.forEach(l -> l.onStayEnded(record)));
        }

        schedule(Ordering.ARRIVALS, state -> flow.arrivals(day()));
        schedule(Ordering.COORDINATION, state -> coordinate());
        schedule(Ordering.STAFFING, state -> staffing.day(day()));
        schedule(Ordering.CARE, state -> flow.care(day()));
        schedule(Ordering.DISCHARGES, state -> flow.discharges(day()));
        schedule(Ordering.BEHAVIOUR, state -> hiring.day(day()));
        schedule(Ordering.VOICE, state -> voice(day()));
        schedule(Ordering.CHANGE, state -> change(day()));
        schedule(Ordering.WELLBEING, state -> {
            burnout.day(day());
            turnover.day(day());
        });
        schedule(Ordering.METRICS, state -> collectDay());
    }

    /**
     * Lays out the staff network over the workforce's positions, the physicians and the unit managers, and
     * creates the problems, the coordination and the culture that live on it.
     */
    private void buildCoordination(Streams streams) {
        int n = units.length;
        int staff = workforce.positions();
        int doctors = physicians.count();
        int nodes = staff + doctors + n;
        int[] nodeUnit = new int[nodes];
        int[] nodeRole = new int[nodes];
        int[][] roundsOn = new int[nodes][];
        long[] nodeKey = new long[nodes];
        long networkKey = streams.stream(Streams.NETWORK).nextLong();
        for (int i = 0; i < staff; i++) {
            nodeKey[i] = workforce.slotKey(i);
            nodeUnit[i] = workforce.unitOf(i);
            nodeRole[i] = workforce.roleOf(i).ordinal();
            roundsOn[i] = new int[0];
        }
        for (int p = 0; p < doctors; p++) {
            int[] rounds = physicians.unitsOf(p);
            nodeKey[staff + p] = KeyedRandom.hash(networkKey, PHYSICIAN_GROUP, p);
            nodeUnit[staff + p] = rounds[0];
            nodeRole[staff + p] = PHYSICIAN_GROUP;
            roundsOn[staff + p] = java.util.Arrays.copyOfRange(rounds, 1, rounds.length);
        }
        for (int u = 0; u < n; u++) {
            nodeKey[staff + doctors + u] = KeyedRandom.hash(networkKey, MANAGER_GROUP, u);
            nodeUnit[staff + doctors + u] = u;
            nodeRole[staff + doctors + u] = MANAGER_GROUP;
            roundsOn[staff + doctors + u] = new int[0];
        }
        double[] inflow = expectedInflow(parameters);
        double[][] flow = new double[n][n];
        double[] transferredIn = new double[n];
        double[] outShare = new double[n];
        for (int u = 0; u < n; u++) {
            for (Transfer t : parameters.units().get(u).transfers()) {
                int v = parameters.unitIndex(t.to());
                flow[u][v] += inflow[u] * t.share();
                transferredIn[v] += inflow[u] * t.share();
                outShare[u] += t.share();
            }
        }
        double[] acuity = new double[n];
        double[] transferShare = new double[n];
        for (int u = 0; u < n; u++) {
            acuity[u] = parameters.units().get(u).highAcuityShare();
            double in = inflow[u] > 0 ? transferredIn[u] / inflow[u] : 0;
            transferShare[u] = (in + outShare[u]) / 2;
        }
        boolean spanners = parameters.interventions().stream()
                .anyMatch(i -> i.kind() == InterventionType.BOUNDARY_SPANNERS);
        StaffNetwork network = StaffNetwork.build(
                new StaffNetwork.Layout(nodeUnit, nodeRole, nodeKey, Role.REGISTERED_NURSE.ordinal(), roundsOn, flow, n),
                parameters.network(), parameters.coordination(), networkKey,
                spanners ? parameters.interventionEffects().spannersAdded() : 0);

        present = new boolean[nodes];
        person = new long[nodes];
        java.util.Arrays.fill(present, true);
        java.util.Arrays.fill(person, -1);
        workforce.holders(present, person);
        coordination = new Coordination(network, parameters.coordination(), acuity, transferShare, person, GROUPS);
        problems = new Problems(parameters.problems(), parameters.culture().workaroundRelief(),
                parameters.leadership().managerFixesPerYear(), parameters.leadership().managerFixFit(),
                parameters.culture().speakUpRate(), neighbours(parameters), firstDay(), streams.stream(Streams.PROBLEMS).nextLong(),
                new Practices(n, parameters.change().workingFit(), parameters.change().systemicReach()));
        people = people(nodeUnit, nodeRole, staff, doctors);
        culture = new Culture(parameters.culture(), parameters.leadership(), parameters.coordination(), problems,
                coordination, people, streams.stream(Streams.VOICE).nextLong());
        problemHarm = new double[n];
        timeLoss = new double[n];
        silentLoad = new double[n];
        workarounds = new int[n];
        openOn = new int[n];
        change = new HospitalChangeContext(this, streams.stream(Streams.STRATEGY).nextLong());
        interventions = new Interventions(parameters.interventions());
        milestones = new int[RunSummary.AdoptionMilestones.SHARES.length];
        java.util.Arrays.fill(milestones, -1);
    }

    private static Culture.UnitPeople people(int[] nodeUnit, int[] nodeRole, int staff, int doctors) {
        int n = nodeUnit.length - staff - doctors;
        List<List<Integer>> all = new ArrayList<>();
        List<List<Integer>> nurses = new ArrayList<>();
        List<List<Integer>> docs = new ArrayList<>();
        for (int u = 0; u < n; u++) {
            all.add(new ArrayList<>());
            nurses.add(new ArrayList<>());
            docs.add(new ArrayList<>());
        }
        for (int i = 0; i < staff + doctors; i++) {
            if (i < staff) {
                all.get(nodeUnit[i]).add(i);
                if (nodeRole[i] == Role.REGISTERED_NURSE.ordinal()) {
                    nurses.get(nodeUnit[i]).add(i);
                }
            } else {
                docs.get(nodeUnit[i]).add(i);
            }
        }
        int[] managers = new int[n];
        for (int u = 0; u < n; u++) {
            managers[u] = staff + doctors + u;
        }
        return new Culture.UnitPeople(toArrays(all), toArrays(nurses), toArrays(docs), managers);
    }

    private static int[][] toArrays(List<List<Integer>> lists) {
        int[][] out = new int[lists.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = lists.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
        return out;
    }

    /** COORDINATION: renew the ties of new hires, score RC, and set RC's and the problems' effects on care. */
    private void coordinate() {
        workforce.holders(present, person);
        coordination.renew(person, present);
        double sustainable = parameters.wellbeing().sustainablePatientsPerNurse();
        double[] overload = new double[units.length];
        for (UnitState unit : units) {
            overload[unit.index()] = unit.patientsPerNurseEquivalent() - sustainable;
        }
        coordination.score(present, overload);
        problems.loads(problemHarm, timeLoss, silentLoad, workarounds, openOn);
        for (UnitState unit : units) {
            int u = unit.index();
            unit.setCoordination(coordination.harmMultiplier(u), coordination.speedMultiplier(u),
                    coordination.careTeamRc(u));
            unit.setProblems(problemHarm[u], timeLoss[u]);
        }
    }

    /**
     * VOICE: problems appear and are noticed; once a week staff raise or silently work around what they see;
     * managers fix some of what was raised; today's harm is reported and answered; safety, fear and ties
     * drift; and the strain each unit's relationships and workarounds put on its staff is set for WELLBEING.
     */
    private void voice(int day) {
        workforce.holders(present, person);
        problems.evolve(day);
        if (Math.floorMod(day, 7) == 0) {
            double[] speakUp = new double[units.length];
            for (int u = 0; u < units.length; u++) {
                speakUp[u] = culture.speakUpProbability(u);
            }
            problems.speakUp(speakUp, day);
        }
        int[] fixes = problems.managersFix(day);
        double[] harm = new double[units.length];
        for (int u = 0; u < units.length; u++) {
            culture.actedOn(u, fixes[u]);
            harm[u] = counters.get(Counter.ADVERSE_EVENTS, u);
        }
        int[] reports = culture.report(harm, present, day);
        for (int u = 0; u < units.length; u++) {
            counters.add(Counter.ADVERSE_EVENTS_REPORTED, u, reports[u]);
        }
        culture.drift();
        coordination.drift(day);
        problems.loads(problemHarm, timeLoss, silentLoad, workarounds, openOn);
        double reference = parameters.coordination().referenceRc();
        for (UnitState unit : units) {
            int u = unit.index();
            unit.setExtraStrain(parameters.culture().moralInjuryStrain() * silentLoad[u]
                    - parameters.coordination().strainEffect() * (coordination.relationship(u) - reference));
        }
    }

    /**
     * CHANGE: the interventions due act; from day 0 the strategy (made on day 0 from the parameters as they
     * are then, so that a branched hospital runs exactly as a fresh one) takes its day; practices nobody owns
     * or monitors erode; the time taken from care today is set for tomorrow's staffing.
     */
    private void change(int day) {
        change.beginDay();
        interventions.day(change, day);
        if (day >= 0) {
            if (strategy == null) {
                strategy = Strategies.create(parameters.strategy(), parameters);
                strategy.start(change);
            }
            strategy.day(change, day);
        }
        problems.practicesDay(day);
        change.endDay();
    }

    private void schedule(Ordering ordering, Steppable step) {
        schedule.scheduleRepeating(0.0, ordering.value(), step, 1.0);
    }

    /** The day being simulated: negative in the warm-up, 0 on the first day of the strategy period. */
    public int day() {
        return (int) Math.round(schedule.getTime()) - parameters.warmupDays();
    }

    private int firstDay() {
        return -parameters.warmupDays();
    }

    private void collectDay() {
        int day = day();
        flow.countCensus();
        int hospital = counters.hospitalSlot();
        double census = 0;
        for (UnitState unit : units) {
            counters.set(Counter.CENSUS, unit.index(), unit.census());
            counters.set(Counter.BEDS, unit.index(), unit.parameters().beds());
            census += unit.census();
        }
        for (int slot = 0; slot <= hospital; slot++) {
            counters.set(Counter.DAYS, slot, 1);
        }
        workforce.tally(counters);
        burnout.tally(counters);
        tallyCoordination(hospital);
        postDailyCosts(census);
        counters.set(Counter.COST, hospital, ledger.todayTotal());
        counters.set(Counter.CUMULATIVE_COST, hospital, ledger.cumulativeTotal());

        if (day >= 0) {
            double adoption = problems.practices().adoptionFraction();
            for (int m = 0; m < milestones.length; m++) {
                if (milestones[m] < 0 && adoption >= RunSummary.AdoptionMilestones.SHARES[m]) {
                    milestones[m] = day;
                }
            }
        }
        DayRecord record = collector.collect(day, counters);
        if (listeners != null) {
            for (RunListener listener : listeners) {
                listener.onDay(record);
            }
        }
        counters.clear();
        ledger.newDay();
    }

    private void tallyCoordination(int hospital) {
        double safety = 0;
        for (UnitState unit : units) {
            int u = unit.index();
            double within = coordination.unitIndex(u);
            double across = coordination.crossUnitIndex(u);
            counters.set(Counter.RC_INDEX, u, Double.isNaN(within) ? coordination.careTeamRc(u) : within);
            counters.set(Counter.RC_CROSS_UNIT, u, Double.isNaN(across) ? coordination.careTeamRc(u) : across);
            counters.set(Counter.PSYCH_SAFETY, u, culture.safety(u));
            counters.set(Counter.PROBLEMS_OPEN, u, openOn[u]);
            counters.set(Counter.PROBLEMS_FIXED, u, problems.fixesOn(u));
            counters.set(Counter.WORKAROUNDS, u, workarounds[u]);
            counters.set(Counter.PRACTICE_SLOTS, u, ProblemType.values().length);
            counters.set(Counter.PRACTICES_WORKING, u, problems.practices().workingOn(u));
            safety += culture.safety(u);
        }
        counters.set(Counter.RC_INDEX, hospital, coordination.hospitalIndex());
        counters.set(Counter.RC_CROSS_UNIT, hospital, coordination.hospitalCrossUnitIndex());
        counters.set(Counter.PSYCH_SAFETY, hospital, safety / units.length);
        counters.set(Counter.PROBLEMS_OPEN, hospital, problems.openCount());
        counters.set(Counter.PROBLEMS_FIXED, hospital, problems.fixedCount());
    }

    private void postDailyCosts(double census) {
        CostParameters cost = parameters.cost();
        ledger.post(CostComponent.PHYSICIANS, physicians.count() * cost.physicianAnnualCost() / 365.0);
        int managers = units.length + parameters.management().seniorLeaders();
        ledger.post(CostComponent.MANAGEMENT, managers * cost.managerAnnualCost() / 365.0);
        ledger.post(CostComponent.ADMINISTRATION,
                parameters.management().administrators() * cost.administratorAnnualCost() / 365.0);
        ledger.post(CostComponent.PATIENT_DAYS, census * cost.patientDayCost());
        ledger.post(CostComponent.FIXED_OPERATING, cost.fixedDailyCost());
    }

    /**
     * Runs to the last day of the strategy period: from the first warm-up day if the hospital has not been
     * started, or on from where it stands (after {@link #warmUp()}, or in a {@link #branch}).
     */
    public void runToEnd() {
        if (units == null) {
            start();
        }
        int total = parameters.totalDays();
        while (schedule.getSteps() < total) {
            schedule.step(this);
        }
        finish();
    }

    /** Starts the hospital and runs its warm-up, so that the next day simulated is day 0. */
    public void warmUp() {
        if (units != null) {
            throw new IllegalStateException("the hospital has already started");
        }
        start();
        while (schedule.getSteps() < parameters.warmupDays()) {
            schedule.step(this);
        }
    }

    /**
     * An independent copy of this hospital, as it stands, that goes on under {@code strategy}: warm a
     * hospital up once and branch it into each strategy, and every strategy starts from the same state (the
     * same staff, ties, problems and patients in beds). The copy is made by serialization, as a MASON
     * checkpoint is (in memory and uncompressed), so it shares nothing with this one; listeners are not copied.
     * To branch several strategies from one state, take a {@link #snapshot()} once and branch from it.
     *
     * @throws IllegalStateException if the strategy period has begun (a strategy can only be chosen before)
     * @throws org.groundswell.model.param.ParameterException if {@code strategy} is not a known strategy
     */
    public Hospital branch(String strategy) {
        requireBranchable();
        HospitalParameters branched = parameters.withStrategy(Strategies.require(strategy));
        return Snapshot.read(serialized(), branched);
    }

    /**
     * The hospital as it stands, serialized once, to {@linkplain Snapshot#branch branch} into as many
     * strategies as needed: each branch is the hospital {@link #branch} would give, without serializing the
     * same state again for every strategy.
     *
     * @throws IllegalStateException if the strategy period has begun
     */
    public Snapshot snapshot() {
        requireBranchable();
        return new Snapshot(serialized(), parameters);
    }

    private void requireBranchable() {
        if (units == null || day() > 0 || schedule.getSteps() > parameters.warmupDays()) {
            throw new IllegalStateException("branch a hospital after its warm-up and before its strategy period");
        }
    }

    private byte[] serialized() {
        try {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
                out.writeObject(this);
            }
            return bytes.toByteArray();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the hospital could not be copied", e);
        }
    }

    /**
     * A hospital frozen after its warm-up ({@link #snapshot()}), from which hospitals branch into strategies.
     * Immutable: branches share nothing with it or with each other.
     */
    public static final class Snapshot {

        private final byte[] state;
        private final HospitalParameters parameters;

        private Snapshot(byte[] state, HospitalParameters parameters) {
            this.state = state;
            this.parameters = parameters;
        }

        /**
         * A copy of the hospital as it was, going on under {@code strategy}: what {@link Hospital#branch} of the
         * hospital gave when the snapshot was taken.
         *
         * @throws org.groundswell.model.param.ParameterException if {@code strategy} is not a known strategy
         */
        public Hospital branch(String strategy) {
            return read(state, parameters.withStrategy(Strategies.require(strategy)));
        }

        private static Hospital read(byte[] state, HospitalParameters parameters) {
            Hospital copy;
            try (java.io.ObjectInputStream in =
                         new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(state))) {
                copy = (Hospital) in.readObject();
            } catch (java.io.IOException | ClassNotFoundException e) {
                throw new IllegalStateException("the hospital could not be copied", e);
            }
            copy.parameters = parameters;
            return copy;
        }
    }

    /** The summary of the run so far, over its summary window. */
    public RunSummary summary() {
        Map<String, Double> metrics = new LinkedHashMap<>();
        for (Metric m : Metrics.all()) {
            metrics.put(m.name(), collector.summary(m));
        }
        Map<String, Map<String, Double>> unitMetrics = new LinkedHashMap<>();
        for (UnitState unit : units) {
            Map<String, Double> values = new LinkedHashMap<>();
            for (Metric m : Metrics.perUnit()) {
                values.put(m.name(), collector.unitSummary(unit.index(), m));
            }
            unitMetrics.put(unit.parameters().name(), values);
        }
        RunSummary.Totals totals = new RunSummary.Totals(flow.admitted(), flow.discharged(), flow.diedInHospital(),
                flow.inHospital(), workforce.initialHeadcount(), hiring.hires(), turnover.quits(),
                workforce.headcount(), physicians.count(), units.length + parameters.management().seniorLeaders(),
                parameters.management().administrators());
        return new RunSummary(parameters.seed(), collector.firstWindowDay(), collector.lastDay(), metrics, unitMetrics,
                ledger.breakdown(), totals, RunSummary.AdoptionMilestones.of(milestones));
    }

    /** The parameters of the run. */
    public HospitalParameters parameters() {
        return parameters;
    }

    /** The units as they are now. */
    public List<UnitState> units() {
        return List.of(units);
    }

    /** The workforce's positions and who holds them. */
    public Workforce workforce() {
        return workforce;
    }

    /** Who is on duty today, and the load that follows. */
    public Staffing staffing() {
        return staffing;
    }

    /** The staff's burnout. */
    public Burnout burnout() {
        return burnout;
    }

    /** Vacancies and their filling. */
    Hiring hiring() {
        return hiring;
    }

    /** Relational coordination and the staff network. */
    public Coordination coordination() {
        return coordination;
    }

    /** The broken systems. */
    public Problems problems() {
        return problems;
    }

    /** Psychological safety, voice and leadership's responses. */
    public Culture culture() {
        return culture;
    }

    /** The strategy of the strategy period, or null before day 0. */
    public Strategy strategy() {
        return strategy;
    }

    // ---- for the change context

    Culture.UnitPeople people() {
        return people;
    }

    UnitState unit(int u) {
        return units[u];
    }

    int unitCount() {
        return units.length;
    }

    CostLedger ledger() {
        return ledger;
    }

    DayCounters counters() {
        return counters;
    }

    boolean[] present() {
        return present;
    }

    /**
     * The census each unit is expected to hold when staffed to plan: the flow of patients through the units'
     * routes times each unit's stay, stretched by the delay of the planned load and by the days serious
     * adverse events add. This is the budget the staffing plan and the physician group are sized on, as a
     * hospital budgets on the census it expects; readmissions are counted at the base readmission rate.
     */
    static double[] expectedCensus(HospitalParameters parameters) {
        List<UnitParameters> units = parameters.units();
        CareParameters care = parameters.care();
        int n = units.size();
        double[] inflow = expectedInflow(parameters);
        double plannedOverload = Math.max(0,
                parameters.staffing().patientsPerNurse() - parameters.wellbeing().sustainablePatientsPerNurse());
        double stretch = 1 + care.delayPerPatient() * plannedOverload;
        double[] census = new double[n];
        for (int u = 0; u < n; u++) {
            UnitParameters unit = units.get(u);
            double risk = 1 + (care.highAcuityRisk() - 1) * unit.highAcuityShare();
            double harmDays = care.adverseEventRate() * risk * care.seriousShare() * care.seriousHarmExtraDays();
            census[u] = inflow[u] * unit.meanStayDays() * (1 + harmDays) * stretch;
        }
        return census;
    }

    /** Patients a day expected to enter each unit, from outside and by transfer (readmissions included). */
    static double[] expectedInflow(HospitalParameters parameters) {
        List<UnitParameters> units = parameters.units();
        int n = units.size();
        double readmit = 1 + parameters.care().readmissionRate();
        double[] inflow = new double[n];
        for (int iteration = 0; iteration < 200; iteration++) {
            double[] next = new double[n];
            for (int u = 0; u < n; u++) {
                next[u] += units.get(u).admissionsPerDay() * readmit;
                for (Transfer t : units.get(u).transfers()) {
                    next[parameters.unitIndex(t.to())] += inflow[u] * t.share();
                }
            }
            inflow = next;
        }
        return inflow;
    }

    private static int[][] neighbours(HospitalParameters parameters) {
        List<UnitParameters> units = parameters.units();
        List<TreeSet<Integer>> sets = new ArrayList<>();
        for (int u = 0; u < units.size(); u++) {
            sets.add(new TreeSet<>());
        }
        for (int u = 0; u < units.size(); u++) {
            for (Transfer t : units.get(u).transfers()) {
                int v = parameters.unitIndex(t.to());
                sets.get(u).add(v);
                sets.get(v).add(u);
            }
        }
        int[][] out = new int[units.size()][];
        for (int u = 0; u < units.size(); u++) {
            out[u] = sets.get(u).stream().mapToInt(Integer::intValue).toArray();
        }
        return out;
    }

    private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
        in.defaultReadObject();
        listeners = new ArrayList<>();
    }
}
