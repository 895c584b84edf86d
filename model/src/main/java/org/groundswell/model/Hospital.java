package org.groundswell.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.groundswell.model.UnitParameters.Transfer;
import org.groundswell.model.care.CareParameters;
import org.groundswell.model.care.PatientFlow;
import org.groundswell.model.care.UnitState;
import org.groundswell.model.metrics.CostComponent;
import org.groundswell.model.metrics.CostLedger;
import org.groundswell.model.metrics.CostParameters;
import org.groundswell.model.metrics.Counter;
import org.groundswell.model.metrics.DayCounters;
import org.groundswell.model.metrics.DayRecord;
import org.groundswell.model.metrics.Metric;
import org.groundswell.model.metrics.Metrics;
import org.groundswell.model.metrics.MetricsCollector;
import org.groundswell.model.workforce.Physicians;
import org.groundswell.model.workforce.Workforce;

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

    private final HospitalParameters parameters;
    private final boolean reportPatients;
    private transient List<RunListener> listeners = new ArrayList<>();

    private UnitState[] units;
    private DayCounters counters;
    private CostLedger ledger;
    private PatientFlow flow;
    private Workforce workforce;
    private Physicians physicians;
    private MetricsCollector collector;

    /**
     * @param parameters     the scenario, seed included
     * @param reportPatients whether listeners get a record of every ended stay
     */
    public Hospital(HospitalParameters parameters, boolean reportPatients) {
        super(parameters.seed());
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
                parameters.wellbeing(), parameters.care(), parameters.cost(), physicians, counters, ledger,
                firstDay(), streams.stream(Streams.WORKFORCE).nextLong());
        int windowDays = Math.min(parameters.summaryDays(), parameters.totalDays());
        collector = new MetricsCollector(units.length, parameters.days() - windowDays);
        if (reportPatients) {
            flow.setStayListener(record -> listeners.forEach(l -> l.onStayEnded(record)));
        }

        schedule(Ordering.ARRIVALS, state -> flow.arrivals(day()));
        schedule(Ordering.STAFFING, state -> workforce.staff());
        schedule(Ordering.CARE, state -> flow.care(day()));
        schedule(Ordering.DISCHARGES, state -> flow.discharges(day()));
        schedule(Ordering.BEHAVIOUR, state -> workforce.hire(day()));
        schedule(Ordering.WELLBEING, state -> workforce.wellbeing(day()));
        schedule(Ordering.METRICS, state -> collectDay());
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
        workforce.tally();
        postDailyCosts(census);
        counters.set(Counter.COST, hospital, ledger.todayTotal());
        counters.set(Counter.CUMULATIVE_COST, hospital, ledger.cumulativeTotal());

        DayRecord record = collector.collect(day, counters);
        if (listeners != null) {
            for (RunListener listener : listeners) {
                listener.onDay(record);
            }
        }
        counters.clear();
        ledger.newDay();
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

    /** Runs from the first warm-up day to the last day of the strategy period. */
    public void runToEnd() {
        start();
        int total = parameters.totalDays();
        for (int d = 0; d < total; d++) {
            schedule.step(this);
        }
        finish();
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
                flow.inHospital(), workforce.initialHeadcount(), workforce.hires(), workforce.quits(),
                workforce.headcount(), physicians.count(), units.length + parameters.management().seniorLeaders(),
                parameters.management().administrators());
        return new RunSummary(parameters.seed(), collector.firstWindowDay(), collector.lastDay(), metrics, unitMetrics,
                ledger.breakdown(), totals);
    }

    /** The parameters of the run. */
    public HospitalParameters parameters() {
        return parameters;
    }

    /** The units as they are now. */
    public List<UnitState> units() {
        return List.of(units);
    }

    /** The workforce. */
    public Workforce workforce() {
        return workforce;
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
        double readmit = 1 + care.readmissionRate();
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
