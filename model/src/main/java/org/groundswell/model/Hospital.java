package org.groundswell.model;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.util.ArrayList;
import java.util.List;

import org.groundswell.model.care.Admissions;
import org.groundswell.model.care.CensusPlan;
import org.groundswell.model.care.Discharges;
import org.groundswell.model.care.Treatment;
import org.groundswell.model.care.UnitState;
import org.groundswell.model.care.Ward;
import org.groundswell.model.change.Interventions;
import org.groundswell.model.change.Strategies;
import org.groundswell.model.change.Strategy;
import org.groundswell.model.coordination.Coordination;
import org.groundswell.model.coordination.NetworkLayout;
import org.groundswell.model.coordination.Presence;
import org.groundswell.model.coordination.RcScoring;
import org.groundswell.model.coordination.TieDrift;
import org.groundswell.model.coordination.UnitPeople;
import org.groundswell.model.culture.Culture;
import org.groundswell.model.culture.Decisions;
import org.groundswell.model.culture.HarmReporting;
import org.groundswell.model.culture.Managers;
import org.groundswell.model.culture.Voice;
import org.groundswell.model.culture.WorkplaceStrain;
import org.groundswell.model.improvement.Erosion;
import org.groundswell.model.improvement.PracticeKnowledge;
import org.groundswell.model.improvement.Practices;
import org.groundswell.model.improvement.ProblemArrivals;
import org.groundswell.model.improvement.ProblemBurden;
import org.groundswell.model.improvement.Problems;
import org.groundswell.model.kernel.DailyProcess;
import org.groundswell.model.kernel.Streams;
import org.groundswell.model.kernel.UnitParameters;
import org.groundswell.model.metrics.CostLedger;
import org.groundswell.model.metrics.DayCounters;
import org.groundswell.model.metrics.DayRecord;
import org.groundswell.model.metrics.MetricsCollector;
import org.groundswell.model.metrics.Overheads;
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

/**
 * A hospital: the MASON {@link SimState} that holds a run's whole state, so a run can be checkpointed by
 * serialization. It builds the parts, schedules the day's processes and holds the state they share; every
 * mechanism is a process in its domain's package. One schedule tick is one day; within a day the processes
 * run in the {@link Ordering} of their phase, and within a phase in the order given here. Days are numbered
 * from {@code -warmupDays}; day 0 is the first day of the strategy period.
 *
 * <p>{@link #start()} builds the hospital from its parameters: units, the staff their plans fund, the
 * physician group, the staff network, the problems; nothing is built in the constructor, so MASON's GUI can
 * restart it.
 */
public final class Hospital extends SimState implements Run {

    private static final long serialVersionUID = 1L;

    private HospitalParameters parameters;
    private final boolean reportPatients;
    private transient List<RunListener> listeners = new ArrayList<>();

    private UnitState[] units;
    private DayCounters counters;
    private CostLedger ledger;
    private Ward ward;
    private Physicians physicians;
    private Workforce workforce;
    private Staffing staffing;
    private Hiring hiring;
    private Burnout burnout;
    private Turnover turnover;
    private Coordination coordination;
    private UnitPeople people;
    private Presence presence;
    private Problems problems;
    private ProblemBurden burden;
    private Culture culture;
    private HospitalChangeContext change;
    private ChangeProgramme programme;
    private MetricsCollector collector;
    private DayTally tally;
    private Decisions decisions = Decisions.MODEL;

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

    @Override
    public void addListener(RunListener listener) {
        listeners.add(listener);
    }

    /**
     * Who makes the decisions the model otherwise draws ({@link Decisions}): from the next {@link #start()} on,
     * or at once on a hospital already started. {@link Decisions#MODEL}, the default, is the model itself.
     */
    public void decideBy(Decisions who) {
        decisions = java.util.Objects.requireNonNull(who, "decisions");
        if (culture != null) {
            culture.decideBy(who);
        }
    }

    @Override
    public void start() {
        super.start();
        HospitalParameters p = parameters;
        Streams streams = new Streams(p.seed());
        List<UnitParameters> unitParameters = p.units();
        units = new UnitState[unitParameters.size()];
        for (int u = 0; u < units.length; u++) {
            units[u] = new UnitState(u, unitParameters.get(u), p.care(), p.flow(), p.patients());
        }
        int n = units.length;
        counters = new DayCounters(n);
        ledger = new CostLedger();
        WellbeingParameters wellbeing = p.wellbeing();
        double plannedOverload = Math.max(0,
                p.staffing().patientsPerNurse() - wellbeing.sustainablePatientsPerNurse());
        double[] expectedCensus = CensusPlan.expectedCensus(unitParameters, p.care(), plannedOverload);
        int[][] neighbours = CensusPlan.neighbours(unitParameters);

        ward = new Ward(units, counters, p.flow(), p.patients());
        Discharges discharges = new Discharges(ward, p.care(), counters, p.coordination().referenceRc());
        if (reportPatients) {
            discharges.setStayListener(record -> listeners.forEach(l -> l.onStayEnded(record)));
        }
        physicians = new Physicians(p.physicians(), units, expectedCensus, neighbours,
                streams.stream(Streams.PHYSICIANS));
        workforce = new Workforce(units, expectedCensus, p.staffing(), p.workforce(), p.cost(),
                p.care().referencePatientsPerNurse(), streams.stream(Streams.WORKFORCE).nextLong());
        Workload workload = new Workload(n);
        burnout = new Burnout(wellbeing, p.workforce(), p.care().referencePatientsPerNurse(), workforce, workload,
                units);
        workforce.fill(firstDay(), burnout);
        staffing = new Staffing(workforce, burnout, workload, physicians, counters, ledger,
                wellbeing.sustainablePatientsPerNurse());
        hiring = new Hiring(workforce, burnout, counters);
        turnover = new Turnover(p.workforce(), p.cost(), workforce, burnout, hiring, counters, ledger);

        boolean spanners = p.interventions().stream().anyMatch(i -> i.kind() == InterventionType.BOUNDARY_SPANNERS);
        NetworkLayout.Network network = NetworkLayout.build(workforce, physicians, unitParameters,
                CensusPlan.expectedInflow(unitParameters, p.care().readmissionRate()), p.network(), p.coordination(),
                streams.stream(Streams.NETWORK).nextLong(), spanners ? p.interventionEffects().spannersAdded() : 0);
        coordination = network.coordination();
        people = network.people();
        presence = network.presence();
        physicians.connect(new PhysicianTies(coordination.network(), presence, workforce.positions()),
                p.coordination().referenceRc());

        problems = new Problems(p.problemTypes(), n, streams.stream(Streams.PROBLEMS).nextLong(),
                new Practices(n, p.change().workingFit(), p.change().systemicReach()));
        ProblemArrivals arrivals = new ProblemArrivals(problems, p.problems(), neighbours, p.culture().speakUpRate(),
                firstDay());
        burden = new ProblemBurden(problems, p.problems(), p.culture().workaroundRelief(), units);
        Managers managers = new Managers(p.leadership(), coordination, people.managers(),
                streams.stream(Streams.MANAGERS).nextLong(), firstDay());
        culture = new Culture(p.culture(), p.leadership(), p.coordination(), problems, coordination, people, units,
                managers, wellbeing.sustainablePatientsPerNurse(), streams.stream(Streams.VOICE).nextLong());
        culture.decideBy(decisions);
        change = new HospitalChangeContext(this, streams.stream(Streams.STRATEGY).nextLong());
        programme = new ChangeProgramme(change, new Interventions(p.interventions()));
        Overheads overheads = new Overheads(p.cost(), physicians.count(), n + p.management().seniorLeaders(),
                p.management().administrators());
        int windowDays = Math.min(p.summaryDays(), p.totalDays());
        collector = new MetricsCollector(n, p.days() - windowDays);
        tally = new DayTally(units, counters, ledger, overheads, ward, workforce, burnout, physicians, coordination,
                culture, burden, problems, collector);

        phase(Ordering.ARRIVALS,
                new Admissions(ward, streams.stream(Streams.ARRIVALS), streams.stream(Streams.PATIENTS), p.cost(),
                        counters, ledger));
        phase(Ordering.COORDINATION, presence,
                new RcScoring(coordination, presence, units, wellbeing.sustainablePatientsPerNurse()), burden);
        phase(Ordering.STAFFING, staffing);
        phase(Ordering.CARE, new Treatment(ward, p.care(), p.cost(), counters, ledger));
        phase(Ordering.DISCHARGES, discharges);
        phase(Ordering.BEHAVIOUR, hiring);
        phase(Ordering.VOICE, managers, presence, arrivals, new Voice(problems, culture, p.leadership()),
                new HarmReporting(culture, presence, counters), culture, new TieDrift(coordination),
                new WorkplaceStrain(burden, coordination, units, p.culture().moralInjuryStrain(),
                        p.coordination().strainEffect(), p.coordination().referenceRc()));
        phase(Ordering.CHANGE, programme, new Erosion(problems),
                new PracticeKnowledge(problems, workforce, units, p.practices(),
                        p.wellbeing().sustainablePatientsPerNurse(), streams.stream(Streams.PRACTICES).nextLong()),
                day -> change.settleDay());
        phase(Ordering.WELLBEING, burnout, turnover, physicians);
        phase(Ordering.METRICS, day -> {
            DayRecord record = tally.collect(day);
            listeners.forEach(listener -> listener.onDay(record));
        });
    }

    /** Schedules {@code processes} to run every day in phase {@code ordering}, in the order given. */
    private void phase(Ordering ordering, DailyProcess... processes) {
        schedule.scheduleRepeating(0.0, ordering.value(), state -> {
            int day = day();
            for (DailyProcess process : processes) {
                process.day(day);
            }
        }, 1.0);
    }

    /** The day being simulated: negative in the warm-up, 0 on the first day of the strategy period. */
    public int day() {
        return (int) Math.round(schedule.getTime()) - parameters.warmupDays();
    }

    private int firstDay() {
        return -parameters.warmupDays();
    }

    /**
     * Runs to the last day of the strategy period: from the first warm-up day if the hospital has not been
     * started, or on from where it stands (after {@link #warmUp()}, or in a {@link #branch}).
     */
    @Override
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
    @Override
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
        return (Hospital) snapshot().branch(strategy);
    }

    /**
     * The hospital as it stands, serialized once, to {@linkplain Snapshot#branch branch} into as many
     * strategies as needed: each branch is the hospital {@link #branch} would give, without serializing the
     * same state again for every strategy.
     *
     * @throws IllegalStateException if the strategy period has begun
     */
    @Override
    public Snapshot snapshot() {
        if (units == null || day() > 0 || schedule.getSteps() > parameters.warmupDays()) {
            throw new IllegalStateException("branch a hospital after its warm-up and before its strategy period");
        }
        return Snapshot.of(this, parameters);
    }

    /** This hospital, read back from a snapshot, going on under {@code newParameters}. */
    void continueUnder(HospitalParameters newParameters) {
        this.parameters = newParameters;
    }

    @Override
    public RunSummary summary() {
        RunSummary.Totals totals = new RunSummary.Totals(ward.admitted(), ward.discharged(), ward.diedInHospital(),
                ward.inHospital(), workforce.initialHeadcount(), hiring.hires(), turnover.quits(),
                workforce.headcount(), physicians.count(), units.length + parameters.management().seniorLeaders(),
                parameters.management().administrators());
        return tally.summary(parameters.seed(), totals);
    }

    @Override
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

    /** The physician group: its load, burnout and joining of improvement work. */
    public Physicians physicians() {
        return physicians;
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
        return programme.strategy();
    }

    // ---- for the change context

    Hiring hiring() {
        return hiring;
    }

    UnitPeople people() {
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

    /** The day's end, whose counters a region pools. */
    DayTally tally() {
        return tally;
    }

    /** The person holding each staff node now (the last holder while vacant; live, do not keep a copy). */
    long[] holders() {
        return presence.person();
    }

    boolean[] present() {
        return presence.present();
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        listeners = new ArrayList<>();
    }
}
