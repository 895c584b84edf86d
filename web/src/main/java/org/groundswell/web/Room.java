package org.groundswell.web;

import java.util.List;
import java.util.function.LongSupplier;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.groundswell.model.Hospital;
import org.groundswell.model.Lockstep;
import org.groundswell.web.ClassDecisions.Kind;
import org.groundswell.scenarios.Scenario;

/**
 * A class's room: one hospital whose unit managers and frontline staff are students, beside its twin, the same
 * hospital on the same seed under the model's own decisions, stepped together ({@link Lockstep}). The class's
 * hospital asks the room every decision the model would otherwise draw ({@link ClassDecisions}); a decision of a seat
 * a student holds is put to the student, and <b>the simulation waits</b> for the answer, up to the room's time
 * limit, after which the model's own decision stands. Waiting, rather than going on and applying the answer
 * late, keeps the class's hospital a run of the model: each answer acts at the very point the model would have
 * drawn it, so the run can be replayed headless from its decisions and stays paired with its twin. An answer
 * stands for the same seat's later decisions of its kind for {@code standDays} days, so a class is asked every
 * week or two rather than at every event.
 *
 * <p>The room steps its model on a thread of its own, which alone touches the hospitals; after each day it
 * publishes the picture the pages read, so a page never sees a day half done and never waits for a student.
 */
final class Room implements AutoCloseable {

    /** Speeds the projector offers, in days a second while no decision waits. */
    static final List<Integer> SPEEDS = List.of(1, 2, 5, 10, 25);
    /** Bounds of the time limit of a decision, in seconds, and its default. */
    static final int MIN_LIMIT = 5;
    static final int MAX_LIMIT = 120;
    static final int DEFAULT_LIMIT = 30;
    /** Bounds of the days an answer stands, and the default: two weeks. */
    static final int MAX_STAND = 90;
    static final int DEFAULT_STAND = 14;
    /** The labels of the two hospitals on the projector. */
    static final List<String> LABELS = List.of("The class's decisions", "The model's own decisions");

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final String code;
    private final String teacher;
    private final Scenario scenario;
    private final String strategy;
    private final int timeLimit;
    private final int standDays;
    private final Watch watch;
    private final Prompts prompts;
    private final LongSupplier clock;
    private final ObjectNode structure;
    private final Thread thread;
    private volatile ObjectNode picture;

    private boolean playing;
    private int speed = 5;
    private int stepsOwed;
    private boolean closed;
    private String failure;
    private long lastTouched;

    /**
     * Opens a room and starts its thread, which runs the warm-up (the model decides there) and waits for play.
     *
     * @param scenario  the scenario as resolved, overrides applied
     * @param strategy  the strategy both hospitals run
     * @param timeLimit seconds a student has for a decision
     * @param standDays days an answer stands for its seat's later decisions of its kind (0: every one is asked)
     */
    Room(String code, String teacher, Scenario scenario, String strategy, int timeLimit, int standDays,
         int maxStudents, java.security.SecureRandom tokens, LongSupplier clock) {
        this.code = code;
        this.teacher = teacher;
        this.scenario = scenario;
        this.strategy = strategy;
        this.timeLimit = timeLimit;
        this.standDays = standDays;
        this.clock = clock;
        this.lastTouched = clock.getAsLong();
        Lockstep lockstep = new Lockstep(scenario.parameters(), List.of(strategy, strategy));
        lockstep.decideBy(0, new ClassDecisions(this::decide));
        this.watch = new Watch(code, scenario, lockstep, lastTouched);
        List<String> units = lockstep.hospitals().get(0).units().stream().map(u -> u.parameters().name()).toList();
        this.prompts = new Prompts(new Seats(units, maxStudents, tokens), timeLimit, standDays, clock);
        this.structure = watch.structure();
        ArrayNode labels = structure.putArray("strategies");
        LABELS.forEach(labels::add);
        structure.put("strategy", strategy);
        structure.put("code", code);
        this.picture = watch.latest();
        this.thread = new Thread(this::run, "groundswell-room-" + code);
        thread.setDaemon(true);
        thread.start();
    }

    String code() {
        return code;
    }

    /** The teacher's token, told only to whoever opened the room. */
    String teacherToken() {
        return teacher;
    }

    /** Whether {@code token} is the teacher's. */
    boolean teacher(String token) {
        return teacher.equals(token);
    }

    synchronized void touch() {
        lastTouched = clock.getAsLong();
    }

    synchronized long lastTouched() {
        return lastTouched;
    }

    /** The structure of the hospitals, as watch mode gives it, the hospitals labelled by who decides. */
    ObjectNode structure() {
        return structure.deepCopy();
    }

    // ---- the room's thread

    private void run() {
        try {
            watch.step(scenario.parameters().warmupDays());
            publish();
            while (true) {
                synchronized (this) {
                    while (!closed && !playing && stepsOwed == 0) {
                        wait();
                    }
                    if (closed) {
                        return;
                    }
                    if (stepsOwed > 0) {
                        stepsOwed--;
                    }
                }
                watch.step(1);
                publish();
                synchronized (this) {
                    if (watch.lockstep().finished()) {
                        playing = false;
                        stepsOwed = 0;
                    }
                    long until = clock.getAsLong() + 1000 / speed;
                    for (long left = until - clock.getAsLong(); playing && !closed && left > 0;
                         left = until - clock.getAsLong()) {
                        wait(left);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            synchronized (this) {
                failure = e.toString();
                playing = false;
            }
        }
    }

    /** The picture of both hospitals after the day just simulated, with what each unit's manager has done. */
    private void publish() {
        ObjectNode latest = watch.latest();
        List<Hospital> hospitals = watch.lockstep().hospitals();
        for (int h = 0; h < hospitals.size(); h++) {
            ArrayNode units = (ArrayNode) latest.path("hospitals").path(h).path("units");
            for (int u = 0; u < units.size(); u++) {
                ((ObjectNode) units.get(u)).put("blames", hospitals.get(h).culture().blames(u))
                        .put("analyses", hospitals.get(h).culture().analyses(u));
            }
        }
        picture = latest;
    }

    /** A decision of the class's hospital, on the room's thread: the students' answer, or null for the model's. */
    private String decide(Kind kind, int unit, int day, String model, String detail) {
        return prompts.decide(kind, unit, day, model, () -> ClassDecisions.question(kind,
                watch.lockstep().hospitals().get(0), unit, detail,
                picture.path("hospitals").path(0).path("units").path(unit).path("patientsPerNurse").asDouble()));
    }

    // ---- what the pages ask

    /**
     * Play, pause or step the class's run.
     *
     * @throws BadRequest if the speed is not one of {@link #SPEEDS}, the days not 1 to 365, or the run is over
     */
    synchronized void control(String action, int days, Integer newSpeed) {
        if (newSpeed != null) {
            if (!SPEEDS.contains(newSpeed)) {
                throw new BadRequest("speed = " + newSpeed + ": one of " + SPEEDS + " days a second");
            }
            speed = newSpeed;
        }
        if (action == null) {
            notifyAll();
            return;
        }
        switch (action) {
            case "play" -> playing = !watch.lockstep().finished() && failure == null;
            case "pause" -> {
                playing = false;
                stepsOwed = 0;
            }
            case "step" -> {
                if (days < 1 || days > ClassroomServer.MAX_STEP_DAYS) {
                    throw new BadRequest("days = " + days + ": a whole number from 1 to " + ClassroomServer.MAX_STEP_DAYS);
                }
                playing = false;
                stepsOwed += days;
            }
            default -> throw new BadRequest("action = " + action + ": one of play, pause, step");
        }
        notifyAll();
    }

    /** Seats a student. @throws BadRequest as {@link Seats#join} */
    Seats.Student join(String name, int seat) {
        return prompts.join(name, seat);
    }

    /** A student's answer to the decision waiting for their seat. @throws BadRequest as {@link Prompts#answer} */
    void answer(String token, long promptId, String choice) {
        prompts.answer(token, promptId, choice);
    }

    /** Drops the students not heard from for {@code silentMillis}. */
    void dropSilent(long silentMillis) {
        prompts.dropSilent(silentMillis);
    }

    /** The projector's view: both hospitals with their days from the {@code from}-th on, and the room. */
    ObjectNode projector(int from) {
        ObjectNode out = picture.deepCopy();
        int start = Math.max(0, from);
        out.put("from", start);
        List<org.groundswell.model.DayLog> logs = watch.lockstep().logs();
        ArrayNode hospitals = (ArrayNode) out.path("hospitals");
        int days = Integer.MAX_VALUE;
        for (int h = 0; h < hospitals.size(); h++) {
            days = Math.min(days, logs.get(h).size());
        }
        for (int h = 0; h < hospitals.size(); h++) {
            Watch.putDays((ObjectNode) hospitals.get(h), logs.get(h), start);
            trim((ObjectNode) hospitals.get(h), days - start);
        }
        synchronized (this) {
            out.put("playing", playing);
            out.put("speed", speed);
        }
        out.set("room", info());
        return out;
    }

    /** Keeps the first {@code n} days of a hospital's series, so both hospitals send the same days. */
    private static void trim(ObjectNode hospital, int n) {
        ArrayNode days = (ArrayNode) hospital.path("days");
        while (days.size() > Math.max(0, n)) {
            days.remove(days.size() - 1);
        }
        hospital.path("series").forEach(column -> {
            ArrayNode values = (ArrayNode) column;
            while (values.size() > Math.max(0, n)) {
                values.remove(values.size() - 1);
            }
        });
    }

    /** The room as the projector and the join page show it: seats, students, the decision waiting, the log. */
    ObjectNode info() {
        ObjectNode out = JSON.objectNode();
        out.put("code", code).put("scenario", scenario.name()).put("strategy", strategy)
                .put("timeLimit", timeLimit).put("standDays", standDays)
                .put("finished", watch.lockstep().finished());
        synchronized (this) {
            if (failure != null) {
                out.put("failure", failure);
            }
        }
        prompts.putRoom(out);
        return out;
    }

    /** What a student sees: their seat, their unit today, the decision waiting for them, their seat's log. */
    ObjectNode student(String token) {
        ObjectNode out = JSON.objectNode();
        out.put("room", code);
        Seats.Seat seat = prompts.putStudent(token, out);
        ObjectNode now = picture;
        out.put("day", now.path("day").asInt()).put("finished", watch.lockstep().finished())
                .put("playing", playing()).put("timeLimit", timeLimit).put("standDays", standDays);
        out.set("unit", now.path("hospitals").path(0).path("units").path(seat.unit()).deepCopy());
        return out;
    }

    private synchronized boolean playing() {
        return playing;
    }

    /** The run as it stands, for its report. */
    ClassRun classRun() {
        List<org.groundswell.model.DayLog> logs = watch.lockstep().logs();
        return new ClassRun(code, scenario, strategy, timeLimit, standDays, logs.get(0).all(), logs.get(1).all(),
                prompts.decisions(), prompts.joined(), watch.lockstep().finished());
    }

    /** The run's lockstep, for tests that compare it with a headless run once the room's thread is done. */
    Lockstep lockstep() {
        return watch.lockstep();
    }

    /** Closes the room: a decision waiting is left to the model, and the thread ends after the day it is on. */
    @Override
    public void close() {
        prompts.close();
        synchronized (this) {
            closed = true;
            playing = false;
            notifyAll();
        }
    }
}
