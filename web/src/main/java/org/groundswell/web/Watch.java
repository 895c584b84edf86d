package org.groundswell.web;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.groundswell.model.DayLog;
import org.groundswell.model.Hospital;
import org.groundswell.model.Lockstep;
import org.groundswell.model.care.UnitState;
import org.groundswell.model.coordination.Dimension;
import org.groundswell.model.coordination.StaffNetwork;
import org.groundswell.model.improvement.Practice;
import org.groundswell.model.improvement.Practices;
import org.groundswell.model.improvement.ProblemType;
import org.groundswell.model.metrics.DayRecord;
import org.groundswell.model.metrics.Metric;
import org.groundswell.model.metrics.Metrics;
import org.groundswell.model.parameters.Intervention;
import org.groundswell.model.parameters.InterventionType;
import org.groundswell.scenarios.Scenario;

/**
 * One browser session's run: the same hospital and seed under one or two strategies, stepped together by a
 * {@link Lockstep} as the desktop window steps them, played, paused and stepped from the page. The session
 * owns its model; nothing is shared with any other session. Every method is synchronized: the page's requests
 * and the server's clock step the same run.
 *
 * <p>An intervention decided mid-run starts on the next day simulated. The run is then built again with it on
 * the hospital's timeline and stepped back to the day it stood on: the days already lived are the same (the
 * intervention had not started), and the days to come are those of a headless run of the scenario with the
 * intervention on its timeline. A run of a few hundred days is rebuilt in a fraction of a second.
 *
 * <p>A region scenario runs a region per strategy; the page shows one member of each ({@link #show}) and a
 * table of every member ({@link RegionTable}).
 */
final class Watch {

    /** Speeds the page offers, in days per second; 0 plays as fast as {@link #FASTEST} allows. */
    static final List<Integer> SPEEDS = List.of(1, 2, 5, 10, 25, 50, 100, 0);
    /** Days a second at speed 0. */
    static final int FASTEST = 250;
    /** Interventions whose effect begins when the hospital is built, which cannot be decided mid-run. */
    static final List<InterventionType> BUILT_IN = List.of(InterventionType.BOUNDARY_SPANNERS);
    /** The most interventions a session may add. */
    static final int MAX_INTERVENTIONS = 20;

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final String id;
    private final Scenario scenario;
    private final Lockstep lockstep;
    private int[] ties;
    private int run;
    private boolean playing;
    private int speed = 10;
    private double owed;
    private long lastTouched;

    /**
     * @param scenario   the resolved scenario, overrides applied
     * @param strategies one or two strategies
     */
    Watch(String id, Scenario scenario, List<String> strategies, long now) {
        this(id, scenario, new Lockstep(scenario.parameters(), strategies), now);
    }

    /**
     * A run of a lockstep configured by the caller (a class's room sets who decides in each hospital), started
     * here.
     */
    Watch(String id, Scenario scenario, Lockstep lockstep, long now) {
        this.id = id;
        this.scenario = scenario;
        this.lockstep = lockstep;
        lockstep.start();
        this.ties = DrawnTies.sample(lockstep.hospitals().get(0).coordination().network());
        this.lastTouched = now;
    }

    String id() {
        return id;
    }

    synchronized void touch(long now) {
        lastTouched = now;
    }

    synchronized long lastTouched() {
        return lastTouched;
    }

    synchronized boolean playing() {
        return playing;
    }

    synchronized void play(boolean on) {
        playing = on && !lockstep.finished();
        owed = 0;
    }

    /**
     * @throws BadRequest if {@code daysPerSecond} is not one of {@link #SPEEDS}
     */
    synchronized void speed(int daysPerSecond) {
        if (!SPEEDS.contains(daysPerSecond)) {
            throw new BadRequest("speed = " + daysPerSecond + ": one of 1, 2, 5, 10, 25, 50, 100 days a second, "
                    + "or 0 for as fast as it goes");
        }
        speed = daysPerSecond;
    }

    /** Steps up to {@code days} days (fewer at the end of the run); returns the days stepped. */
    synchronized int step(int days) {
        int done = 0;
        while (done < days && !lockstep.finished()) {
            lockstep.schedule.step(lockstep);
            done++;
        }
        if (lockstep.finished()) {
            playing = false;
        }
        return done;
    }

    /**
     * The server's clock: while playing, steps the days due after {@code seconds} more at the current speed.
     *
     * @return whether any day was stepped
     */
    synchronized boolean tick(double seconds) {
        if (!playing) {
            return false;
        }
        owed += seconds * (speed == 0 ? FASTEST : speed);
        int due = (int) Math.floor(owed);
        owed -= due;
        return due > 0 && step(due) > 0;
    }

    /**
     * Starts {@code type} on hospital {@code hospital} (or on every hospital, if -1) from the next day simulated.
     *
     * @throws BadRequest if the type is unknown, is built into the hospital, the hospital does not exist, the
     *                    run is over, or the session has added too many
     */
    synchronized void intervene(String type, int hospital) {
        InterventionType kind = InterventionType.byId(type).orElseThrow(() -> new BadRequest(
                "type = " + type + ": one of " + String.join(", ", decidable())));
        if (BUILT_IN.contains(kind)) {
            throw new BadRequest("type = " + type + ": is part of how the hospital is built; schedule it in the "
                    + "scenario (interventions:) instead. Mid-run: " + String.join(", ", decidable()));
        }
        int count = lockstep.hospitals().size();
        if (hospital < -1 || hospital >= count) {
            throw new BadRequest("hospital = " + hospital + ": " + (count == 1 ? "0" : "0 or 1") + ", or -1 for every hospital");
        }
        if (lockstep.finished()) {
            throw new BadRequest("the run is over: start a new one to decide again");
        }
        int added = lockstep.addedInterventions().stream().mapToInt(List::size).sum();
        if (added + (hospital == -1 ? count : 1) > MAX_INTERVENTIONS) {
            throw new BadRequest("a run takes at most " + MAX_INTERVENTIONS + " interventions from the page");
        }
        Intervention intervention = new Intervention(type, lockstep.day() + 1);
        for (int h = 0; h < count; h++) {
            if (hospital == -1 || hospital == h) {
                lockstep.addIntervention(h, intervention);
            }
        }
        int days = lockstep.daysSimulated();
        lockstep.start();
        step(days);
        run++;
    }

    /**
     * For a region, shows member {@code member} of every strategy's region from now on (nothing is re-run).
     * The run number changes, so that each page is sent the member's days from the first and asks for its
     * structure ({@link #structure}): its units, people and ties are its own.
     *
     * @throws BadRequest if the scenario is a single hospital or has no member {@code member}
     */
    synchronized void show(int member) {
        List<String> names = lockstep.memberNames();
        if (member < 0 || member >= names.size()) {
            throw new BadRequest("hospital = " + member + ": " + (names.isEmpty() ? "the scenario is a single "
                    + "hospital" : "0 to " + (names.size() - 1) + ", one of " + String.join(", ", names)));
        }
        lockstep.show(member);
        ties = DrawnTies.sample(lockstep.hospitals().get(0).coordination().network());
        run++;
    }

    /** The intervention types the page may start mid-run. */
    static List<String> decidable() {
        return InterventionType.ids().stream()
                .filter(id -> !BUILT_IN.contains(InterventionType.byId(id).orElseThrow())).toList();
    }

    /** The run's lockstep (for tests that compare it with a headless run). */
    Lockstep lockstep() {
        return lockstep;
    }

    /**
     * What does not change during a run: the units, the people and the ties drawn, the charts' metrics; for a
     * region, the members' names and which member these are of ({@code members}, {@code shown}).
     */
    synchronized ObjectNode structure() {
        Hospital first = lockstep.hospitals().get(0);
        StaffNetwork network = first.coordination().network();
        ObjectNode out = JSON.objectNode();
        out.put("id", id);
        out.put("scenario", scenario.name());
        out.put("description", scenario.description());
        out.put("seed", lockstep.running().seed());
        out.put("warmupDays", lockstep.running().warmupDays());
        out.put("days", lockstep.running().days());
        out.put("cutoff", lockstep.running().wellbeing().exhaustionCutoff());
        if (RegionTable.isRegion(lockstep)) {
            ArrayNode members = out.putArray("members");
            lockstep.memberNames().forEach(members::add);
            out.put("shown", lockstep.shown());
        }
        ArrayNode strategies = out.putArray("strategies");
        lockstep.strategies().forEach(strategies::add);
        ArrayNode units = out.putArray("units");
        for (UnitState unit : first.units()) {
            units.addObject().put("name", unit.parameters().name()).put("beds", unit.parameters().beds());
        }
        int positions = first.workforce().positions();
        int managersFrom = network.nodes() - first.units().size();
        ArrayNode nodeUnit = out.putArray("nodeUnit");
        ArrayNode nodeKind = out.putArray("nodeKind");
        ArrayNode nodeRole = out.putArray("nodeRole");
        for (int i = 0; i < network.nodes(); i++) {
            nodeUnit.add(network.unitOf(i));
            nodeKind.add(i < positions ? "frontline" : i < managersFrom ? "physician" : "manager");
            nodeRole.add(i < positions ? first.workforce().roleOf(i).id() : "");
        }
        ArrayNode tieA = out.putArray("tieA");
        ArrayNode tieB = out.putArray("tieB");
        for (int e : ties) {
            tieA.add(network.a(e));
            tieB.add(network.b(e));
        }
        out.put("tiesTotal", network.ties());
        ArrayNode types = out.putArray("problemTypes");
        for (ProblemType type : ProblemType.values()) {
            types.add(type.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        }
        ArrayNode charts = out.putArray("charts");
        for (Charts.Chart chart : Charts.available()) {
            Metric m = chart.metric();
            charts.addObject().put("metric", m.name()).put("title", chart.title()).put("unit", m.unit())
                    .put("description", m.description()).put("smoothed", chart.smoothed())
                    .put("group", chart.group());
        }
        ArrayNode decisions = out.putArray("interventions");
        for (String type : decidable()) {
            decisions.addObject().put("type", type)
                    .put("description", InterventionType.byId(type).orElseThrow().description());
        }
        return out;
    }

    /**
     * The run as it stands: the day, the state of every person, drawn tie and unit, and the charts' values of
     * the days from the {@code from}-th on (0-based; the page sends how many it has, and gets them all again
     * when the run was rebuilt, since its {@code run} number changed); for a region, its table of hospitals
     * ({@code region}, see {@link RegionTable}).
     */
    synchronized ObjectNode state(int from, int knownRun) {
        ObjectNode out = JSON.objectNode();
        out.put("run", run);
        out.put("day", lockstep.day());
        out.put("daysSimulated", lockstep.daysSimulated());
        out.put("totalDays", lockstep.running().totalDays());
        out.put("finished", lockstep.finished());
        out.put("playing", playing);
        out.put("speed", speed);
        int start = knownRun == run ? Math.max(0, from) : 0;
        out.put("from", start);
        ArrayNode hospitals = out.putArray("hospitals");
        List<Hospital> all = lockstep.hospitals();
        List<DayLog> logs = lockstep.logs();
        for (int h = 0; h < all.size(); h++) {
            hospitals.add(hospital(all.get(h), logs.get(h), lockstep.addedInterventions().get(h), start));
        }
        if (RegionTable.isRegion(lockstep)) {
            out.set("region", RegionTable.of(lockstep));
        }
        return out;
    }

    /** The run as it stands, without the days already simulated: what a command answers. */
    synchronized ObjectNode latest() {
        return state(Integer.MAX_VALUE, run);
    }

    private ObjectNode hospital(Hospital hospital, DayLog log, List<Intervention> added, int from) {
        ObjectNode out = JSON.objectNode();
        out.put("strategy", hospital.parameters().strategy());
        StaffNetwork network = hospital.coordination().network();
        int positions = hospital.workforce().positions();
        ArrayNode exhaustion = out.putArray("exhaustion");
        for (int i = 0; i < network.nodes(); i++) {
            boolean frontline = i < positions;
            if (frontline && !hospital.workforce().occupied(i)) {
                exhaustion.add(-1);
            } else {
                exhaustion.add(frontline ? round(hospital.burnout().exhaustion(i), 100) : 0);
            }
        }
        ArrayNode rc = out.putArray("tieRc");
        for (int e : ties) {
            rc.add(network.active(e) ? round(meanRc(network, e), 100) : 0);
        }
        DayRecord latest = log.latest();
        Practices practices = hospital.problems().practices();
        ArrayNode units = out.putArray("units");
        for (int u = 0; u < hospital.units().size(); u++) {
            ObjectNode unit = units.addObject();
            unit.put("census", hospital.units().get(u).census());
            unit.put("patientsPerNurse", latest == null ? 0 : round(latest.unitValue(u, Metrics.PATIENTS_PER_NURSE), 10));
            unit.put("burnout", latest == null ? 0 : round(latest.unitValue(u, Metrics.BURNOUT_RATE), 100));
            unit.put("rc", round(hospital.coordination().unitIndex(u), 100));
            unit.put("safety", round(hospital.culture().safety(u), 100));
            ArrayNode inPlace = unit.putArray("practices");
            for (ProblemType type : ProblemType.values()) {
                Practice practice = practices.get(u, type);
                inPlace.add(practice == null ? "" : practices.working(u, type)
                        ? practice.designer().name().toLowerCase(java.util.Locale.ROOT) : "eroded");
            }
        }
        ArrayNode decided = out.putArray("interventions");
        for (Intervention intervention : added) {
            decided.addObject().put("type", intervention.type()).put("startDay", intervention.startDay());
        }
        putDays(out, log, from);
        return out;
    }

    /** The charts' values of {@code log}'s days from the {@code from}-th on, as {@code days} and {@code series}. */
    static void putDays(ObjectNode out, DayLog log, int from) {
        List<DayRecord> days = log.since(from);
        ArrayNode dayNumbers = out.putArray("days");
        ObjectNode series = out.putObject("series");
        List<Charts.Chart> charts = Charts.available();
        List<ArrayNode> columns = new ArrayList<>();
        for (Charts.Chart chart : charts) {
            columns.add(series.putArray(chart.metric().name()));
        }
        for (DayRecord day : days) {
            dayNumbers.add(day.day());
            for (int c = 0; c < charts.size(); c++) {
                double v = day.value(charts.get(c).metric());
                if (Double.isFinite(v)) {
                    columns.get(c).add(v);
                } else {
                    columns.get(c).addNull();
                }
            }
        }
    }

    /** The mean of the seven dimensions of tie {@code e}, 1-5. */
    private static double meanRc(StaffNetwork network, int e) {
        double sum = 0;
        for (Dimension d : Dimension.values()) {
            sum += network.dimension(e, d);
        }
        return sum / Dimension.COUNT;
    }

    private static double round(double value, int per) {
        return Double.isFinite(value) ? Math.round(value * per) / (double) per : 0;
    }
}
