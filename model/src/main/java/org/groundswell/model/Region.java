package org.groundswell.model;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.util.ArrayList;
import java.util.List;

import org.groundswell.model.care.PatientRecord;
import org.groundswell.model.change.Strategies;
import org.groundswell.model.improvement.Problems;
import org.groundswell.model.kernel.KeyedRandom;
import org.groundswell.model.metrics.DayRecord;
import org.groundswell.model.parameters.HospitalParameters;
import org.groundswell.model.parameters.MemberParameters;
import org.groundswell.model.region.PracticeCarriage;
import org.groundswell.model.parameters.RegionParameters;
import org.groundswell.model.region.RegionalBank;
import org.groundswell.model.workforce.Staffing;
import org.groundswell.model.workforce.Workforce;

import sim.engine.SimState;

/**
 * A region of hospitals that share a workforce (NHS Professionals 2022): the MASON {@link SimState} of a run
 * whose scenario lists member hospitals ({@code region.hospitals}). Each member is a whole {@link Hospital},
 * its own organization with its own units, staff, leadership, culture, strategy and cost ledger, seeded from
 * the region's seed and its place in the list. The members touch each other only through the regional staff
 * bank ({@link RegionalBank}) and the practices its staff and the shared data carry ({@link PracticeCarriage}):
 * with the bank closed and the data unshared, each member runs exactly as it would alone.
 *
 * <p>A day: the bank sets each member's terms; each member runs its whole day; the bank counts what was asked
 * of it and worked; practices cross (weekly); the region's record pools the members' counters
 * ({@link RegionTally}). Listeners get each member's record ({@link RunListener#onHospitalDay}), then the
 * region's.
 */
public final class Region extends SimState implements Run {

    private static final long serialVersionUID = 1L;
    private static final long MEMBER_SEEDS = 0x6d656d62L;
    private static final long CARRIAGE = 0x63617272L;

    private HospitalParameters parameters;
    private final boolean reportPatients;
    private transient List<RunListener> listeners = new ArrayList<>();
    private Hospital[] members;
    private RegionalBank bank;
    private PracticeCarriage carriage;
    private RegionTally tally;

    /**
     * @param parameters     a scenario with member hospitals, seed included
     * @param reportPatients whether listeners get a record of every ended stay, in every member
     * @throws IllegalArgumentException if the scenario has no member hospitals
     * @throws org.groundswell.model.param.ParameterException if a strategy is not a known strategy
     */
    public Region(HospitalParameters parameters, boolean reportPatients) {
        super(parameters.seed());
        if (!parameters.region().hasHospitals()) {
            throw new IllegalArgumentException("a region needs member hospitals (region.hospitals)");
        }
        Strategies.require(parameters.strategy());
        for (MemberParameters m : parameters.region().hospitals()) {
            if (!m.followsRegion()) {
                Strategies.require(m.strategy());
            }
        }
        this.parameters = parameters;
        this.reportPatients = reportPatients;
    }

    /** The parameters member {@code h} runs under: its own, with the region's seed, calendar and strategy. */
    static HospitalParameters memberParameters(HospitalParameters region, int h) {
        MemberParameters m = region.region().hospitals().get(h);
        long seed = KeyedRandom.hash(region.seed(), MEMBER_SEEDS, h) >>> 1;
        return m.parameters().with().seed(seed).warmupDays(region.warmupDays()).days(region.days())
                .summaryDays(region.summaryDays()).strategy(m.followsRegion() ? region.strategy() : m.strategy())
                .build();
    }

    @Override
    public void addListener(RunListener listener) {
        if (listeners == null) {
            listeners = new ArrayList<>();
        }
        listeners.add(listener);
    }

    @Override
    public void start() {
        super.start();
        RegionParameters region = parameters.region();
        int n = region.hospitals().size();
        members = new Hospital[n];
        Staffing[] staffing = new Staffing[n];
        Workforce[] workforce = new Workforce[n];
        Problems[] problems = new Problems[n];
        for (int h = 0; h < n; h++) {
            members[h] = new Hospital(memberParameters(parameters, h), reportPatients);
            members[h].start();
            members[h].tally().keepCounters();
            staffing[h] = members[h].staffing();
            workforce[h] = members[h].workforce();
            problems[h] = members[h].problems();
        }
        listenToMembers();
        bank = new RegionalBank(region.bank(), region.data(), parameters.cost().agencyMultiple(), staffing, workforce);
        carriage = new PracticeCarriage(region.bank(), region.data(), problems, staffing,
                KeyedRandom.hash(parameters.seed(), CARRIAGE));
        int windowDays = Math.min(parameters.summaryDays(), parameters.totalDays());
        tally = new RegionTally(members, parameters.days() - windowDays);
        schedule.scheduleRepeating(0.0, 0, state -> step(), 1.0);
    }

    private void step() {
        int day = day();
        bank.open();
        for (Hospital member : members) {
            member.schedule.step(member);
        }
        bank.close();
        carriage.day(day);
        DayRecord record = tally.collect(day);
        if (listeners != null) {
            for (RunListener listener : listeners) {
                listener.onDay(record);
            }
        }
    }

    /** Each member's records and stays go on to the region's listeners, the records with the member's name. */
    private void listenToMembers() {
        for (int h = 0; h < members.length; h++) {
            String name = parameters.region().hospitals().get(h).name();
            members[h].addListener(new RunListener() {
                @Override
                public void onDay(DayRecord day) {
                    for (RunListener listener : listeners) {
                        listener.onHospitalDay(name, day);
                    }
                }

                @Override
                public void onStayEnded(PatientRecord patient) {
                    PatientRecord named = patient.inHospital(name);
                    for (RunListener listener : listeners) {
                        listener.onStayEnded(named);
                    }
                }
            });
        }
    }

    /** The day being simulated: negative in the warm-up, 0 on the first day of the strategy period. */
    public int day() {
        return (int) Math.round(schedule.getTime()) - parameters.warmupDays();
    }

    @Override
    public void warmUp() {
        if (members != null) {
            throw new IllegalStateException("the region has already started");
        }
        start();
        while (schedule.getSteps() < parameters.warmupDays()) {
            schedule.step(this);
        }
    }

    @Override
    public void runToEnd() {
        if (members == null) {
            start();
        }
        while (schedule.getSteps() < parameters.totalDays()) {
            schedule.step(this);
        }
        finish();
    }

    @Override
    public Snapshot snapshot() {
        if (members == null || schedule.getSteps() > parameters.warmupDays()) {
            throw new IllegalStateException("branch a region after its warm-up and before its strategy period");
        }
        return Snapshot.of(this, parameters);
    }

    /** This region, read back from a snapshot, going on under {@code newParameters} (its strategy): so do the
     *  members that follow the region's strategy. */
    void continueUnder(HospitalParameters newParameters) {
        this.parameters = newParameters;
        for (int h = 0; h < members.length; h++) {
            members[h].continueUnder(memberParameters(newParameters, h));
        }
    }

    @Override
    public RunSummary summary() {
        return tally.summary(parameters.seed(), parameters.region().hospitals());
    }

    @Override
    public HospitalParameters parameters() {
        return parameters;
    }

    /** The member hospitals, in the region's order. */
    public List<Hospital> members() {
        return List.of(members);
    }

    /** The members' names, in the region's order. */
    public List<String> names() {
        return parameters.region().hospitals().stream().map(MemberParameters::name).toList();
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        listeners = new ArrayList<>();
        listenToMembers();
    }
}
