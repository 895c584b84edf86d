package org.groundswell.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.groundswell.model.Hospital;
import org.groundswell.model.Lockstep;
import org.groundswell.model.culture.Decisions;
import org.groundswell.model.improvement.ProblemType;
import org.groundswell.scenarios.Scenario;

/**
 * A class's room: one hospital whose unit managers and frontline staff are students, beside its twin, the same
 * hospital on the same seed under the model's own decisions, stepped together ({@link Lockstep}). The class's
 * hospital asks the room every decision the model would otherwise draw ({@link Decisions}); a decision of a seat
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

    /** A kind of decision: who makes it, and its choices. */
    enum Kind {
        HARM("harm", Seats.Role.MANAGER, List.of("blame", "joint-analysis"),
                List.of("Blame the person involved", "A joint analysis with the unit")),
        RELEASE("release", Seats.Role.MANAGER, List.of("release", "hold"),
                List.of("Release the team's hours", "Keep everyone on the floor")),
        SPEAK_UP("speak-up", Seats.Role.FRONTLINE, List.of("raise", "work-around"),
                List.of("Raise it with the manager", "Keep working around it"));

        final String id;
        final Seats.Role role;
        final List<String> choices;
        final List<String> labels;

        Kind(String id, Seats.Role role, List<String> choices, List<String> labels) {
            this.id = id;
            this.role = role;
            this.choices = choices;
            this.labels = labels;
        }
    }

    /** A decision put to the students of a seat. */
    private static final class Prompt {
        final long id;
        final Kind kind;
        final int seat;
        final String question;
        final String model;
        final long deadline;
        final int day;
        String answer;
        String by;

        Prompt(long id, Kind kind, int seat, int day, String question, String model, long deadline) {
            this.id = id;
            this.day = day;
            this.kind = kind;
            this.seat = seat;
            this.question = question;
            this.model = model;
            this.deadline = deadline;
        }
    }

    private record Standing(String choice, String by, int until) {
    }

    private final String code;
    private final String teacher;
    private final Scenario scenario;
    private final String strategy;
    private final int timeLimit;
    private final int standDays;
    private final Watch watch;
    private final Seats seats;
    private final LongSupplier clock;
    private final ObjectNode structure;
    private final Thread thread;
    private volatile ObjectNode picture;

    private boolean playing;
    private int speed = 5;
    private int stepsOwed;
    private boolean closed;
    private String failure;
    private Prompt pending;
    private long prompts;
    private long lastTouched;
    private final Map<Integer, Standing> standing = new HashMap<>();
    private final Map<String, Integer> occurrences = new HashMap<>();
    private int occurrencesDay = Integer.MIN_VALUE;
    private final List<ClassRun.Decision> decisions = new ArrayList<>();

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
        lockstep.decideBy(0, new ClassDecisions(this));
        this.watch = new Watch(code, scenario, lockstep, lastTouched);
        List<String> units = lockstep.hospitals().get(0).units().stream().map(u -> u.parameters().name()).toList();
        this.seats = new Seats(units, maxStudents, tokens);
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

    /**
     * A decision of the class's hospital: the students' answer, or null for the model's own. Called on the
     * room's thread, inside the day being simulated.
     */
    private String decide(Kind kind, int unit, int day, String model, String detail) {
        if (day < 0) {
            return null;
        }
        if (day != occurrencesDay) {
            occurrences.clear();
            occurrencesDay = day;
        }
        int occurrence = occurrences.merge(kind.id + ":" + unit, 1, Integer::sum) - 1;
        int seat = seats.index(unit, kind.role);
        String question = question(kind, unit, detail);
        String unitName = seats.label(seat).substring(0, seats.label(seat).length() - kind.role.id.length() - 1);
        synchronized (this) {
            List<Seats.Student> there = seats.at(seat);
            if (closed || there.isEmpty()) {
                return null;
            }
            int key = seat * Kind.values().length + kind.ordinal();
            Standing stands = standing.get(key);
            if (stands != null && day <= stands.until()) {
                decisions.add(new ClassRun.Decision(day, occurrence, unit, unitName, kind.id, stands.choice(), model,
                        stands.by(), "standing"));
                return stands.choice();
            }
            Prompt prompt = new Prompt(++prompts, kind, seat, day, question, model, clock.getAsLong() + timeLimit * 1000L);
            pending = prompt;
            notifyAll();
            try {
                for (long left = prompt.deadline - clock.getAsLong(); prompt.answer == null && !closed && left > 0;
                     left = prompt.deadline - clock.getAsLong()) {
                    wait(left);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                closed = true;
            }
            pending = null;
            if (prompt.answer == null) {
                String names = String.join(", ", seats.at(seat).stream().map(s -> s.name).toList());
                decisions.add(new ClassRun.Decision(day, occurrence, unit, unitName, kind.id, "model", model,
                        names.isEmpty() ? "(left)" : names, "timed out"));
                return null;
            }
            if (standDays > 0) {
                standing.put(key, new Standing(prompt.answer, prompt.by, day + standDays - 1));
            }
            decisions.add(new ClassRun.Decision(day, occurrence, unit, unitName, kind.id, prompt.answer, model,
                    prompt.by, "answered"));
            return prompt.answer;
        }
    }

    /** The question of a decision, with what the student can see of the unit today. */
    private String question(Kind kind, int unit, String detail) {
        Hospital hospital = watch.lockstep().hospitals().get(0);
        String name = hospital.units().get(unit).parameters().name();
        double safety = hospital.culture().safety(unit);
        return switch (kind) {
            case HARM -> String.format(java.util.Locale.ROOT, "A patient was harmed on %s today, and a nurse "
                    + "reported it. Psychological safety on the unit is %.2f, fear of blame %.2f. How do you answer?",
                    name, safety, hospital.culture().fear(unit));
            case RELEASE -> String.format(java.util.Locale.ROOT, "The improvement team on %s needs its hours today, "
                    + "away from patients. %d patients are in beds, %.1f per nurse; the unit could spare %s of the "
                    + "hours. Do you release the team?", name, hospital.units().get(unit).census(), picture.path("hospitals").path(0).path("units").path(unit)
                            .path("patientsPerNurse").asDouble(), detail);
            case SPEAK_UP -> String.format(java.util.Locale.ROOT, "On %s you keep working around a broken system "
                    + "(%s). Psychological safety on the unit is %.2f; %d problems staff raised still wait for a fix. "
                    + "Do you raise it?", name, detail, safety, hospital.culture().unanswered(unit));
        };
    }

    // ---- the hook

    /** The class's hospital's decisions: each asks the room. Not to be checkpointed (the room is not). */
    private static final class ClassDecisions implements Decisions {
        private static final long serialVersionUID = 1L;
        private final transient Room room;

        ClassDecisions(Room room) {
            this.room = room;
        }

        @Override
        public HarmResponse answerHarm(int unit, int day, HarmResponse drawn) {
            String model = drawn == HarmResponse.BLAME ? "blame" : "joint-analysis";
            String answer = room.decide(Kind.HARM, unit, day, model, "");
            return answer == null ? drawn : harm(answer);
        }

        @Override
        public double releaseTime(int unit, int day, double share) {
            String spare = Math.round(share * 100) + "%";
            String answer = room.decide(Kind.RELEASE, unit, day, "release " + spare + " of the hours", spare);
            return answer == null ? share : released(answer);
        }

        @Override
        public boolean speakUp(int unit, ProblemType type, int day, boolean drawn) {
            String kind = type.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
            String answer = room.decide(Kind.SPEAK_UP, unit, day, drawn ? "raise" : "work-around", kind);
            return answer == null ? drawn : raised(answer);
        }
    }

    /** What a harm answer does in the model. */
    static Decisions.HarmResponse harm(String choice) {
        return choice.equals("blame") ? Decisions.HarmResponse.BLAME : Decisions.HarmResponse.JOINT_ANALYSIS;
    }

    /** The share of the team's hours a release answer gives: all of them, or none. */
    static double released(String choice) {
        return choice.equals("release") ? 1 : 0;
    }

    /** Whether a speak-up answer raises the problem. */
    static boolean raised(String choice) {
        return choice.equals("raise");
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
    synchronized Seats.Student join(String name, int seat) {
        Seats.Student student = seats.join(name, seat, clock.getAsLong());
        notifyAll();
        return student;
    }

    /**
     * A student's answer to the decision waiting for their seat.
     *
     * @throws BadRequest 404 for an unknown student, 409 if that decision is no longer waiting, 400 for a choice
     *                    that is not one of the decision's
     */
    synchronized void answer(String token, long promptId, String choice) {
        Seats.Student student = student(token);
        if (pending == null || pending.id != promptId || pending.answer != null) {
            throw new BadRequest(409, "decision " + promptId + " is no longer waiting: the time ran out, or "
                    + "someone in your seat answered first");
        }
        if (pending.seat != student.seat) {
            throw new BadRequest("decision " + promptId + " is for the " + seats.label(pending.seat) + ", not for you");
        }
        if (!pending.kind.choices.contains(choice)) {
            throw new BadRequest("choice = " + choice + ": one of " + String.join(", ", pending.kind.choices));
        }
        pending.answer = choice;
        pending.by = student.name;
        notifyAll();
    }

    private Seats.Student student(String token) {
        Seats.Student student = seats.student(token);
        if (student == null) {
            throw new BadRequest(404, "no such student in room " + code + ": you may have been away too long; join "
                    + "again");
        }
        student.lastSeen = clock.getAsLong();
        return student;
    }

    /** Drops the students not heard from for {@code silentMillis}. */
    synchronized void dropSilent(long silentMillis) {
        if (!seats.dropSilentSince(clock.getAsLong() - silentMillis).isEmpty()) {
            notifyAll();
        }
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
            out.set("room", info());
        }
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
    synchronized ObjectNode info() {
        ObjectNode out = JSON.objectNode();
        out.put("code", code).put("scenario", scenario.name()).put("strategy", strategy)
                .put("timeLimit", timeLimit).put("standDays", standDays).put("students", seats.students())
                .put("finished", watch.lockstep().finished());
        if (failure != null) {
            out.put("failure", failure);
        }
        ArrayNode all = out.putArray("seats");
        for (int s = 0; s < seats.size(); s++) {
            ObjectNode seat = all.addObject().put("index", s).put("unit", seats.seat(s).unit())
                    .put("label", seats.label(s)).put("role", seats.seat(s).role().id);
            ArrayNode names = seat.putArray("students");
            seats.at(s).forEach(st -> names.add(st.name));
        }
        if (pending != null) {
            out.set("pending", prompt(pending));
        }
        ArrayNode log = out.putArray("decisions");
        for (int i = decisions.size() - 1; i >= 0 && log.size() < 40; i--) {
            log.add(decision(decisions.get(i)));
        }
        out.put("decided", decisions.size());
        return out;
    }

    /** What a student sees: their seat, their unit today, the decision waiting for them, their seat's log. */
    synchronized ObjectNode student(String token, boolean touch) {
        Seats.Student student = student(token);
        Seats.Seat seat = seats.seat(student.seat);
        ObjectNode out = JSON.objectNode();
        out.put("room", code).put("name", student.name).put("seat", student.seat).put("label", seats.label(student.seat))
                .put("role", seat.role().id).put("day", picture.path("day").asInt())
                .put("finished", watch.lockstep().finished()).put("playing", playing)
                .put("timeLimit", timeLimit).put("standDays", standDays);
        out.set("unit", picture.path("hospitals").path(0).path("units").path(seat.unit()).deepCopy());
        if (pending != null && pending.seat == student.seat) {
            out.set("prompt", prompt(pending));
        }
        ArrayNode mine = out.putArray("decisions");
        for (int i = decisions.size() - 1; i >= 0 && mine.size() < 10; i--) {
            ClassRun.Decision d = decisions.get(i);
            if (seats.index(d.unit(), kindOf(d.kind()).role) == student.seat) {
                mine.add(decision(d));
            }
        }
        return out;
    }

    private ObjectNode prompt(Prompt p) {
        ObjectNode out = JSON.objectNode().put("id", p.id).put("kind", p.kind.id).put("day", p.day).put("seat", p.seat)
                .put("label", seats.label(p.seat)).put("question", p.question)
                .put("secondsLeft", Math.max(0, (p.deadline - clock.getAsLong() + 999) / 1000));
        ArrayNode choices = out.putArray("choices");
        for (int c = 0; c < p.kind.choices.size(); c++) {
            choices.addObject().put("id", p.kind.choices.get(c)).put("label", p.kind.labels.get(c));
        }
        ArrayNode names = out.putArray("students");
        seats.at(p.seat).forEach(st -> names.add(st.name));
        return out;
    }

    private static ObjectNode decision(ClassRun.Decision d) {
        return JSON.objectNode().put("day", d.day()).put("unit", d.unitName()).put("kind", d.kind())
                .put("choice", d.choice()).put("model", d.model()).put("by", d.by()).put("how", d.how());
    }

    private static Kind kindOf(String id) {
        for (Kind k : Kind.values()) {
            if (k.id.equals(id)) {
                return k;
            }
        }
        throw new IllegalArgumentException(id);
    }

    /** The run as it stands, for its report. */
    synchronized ClassRun classRun() {
        List<org.groundswell.model.DayLog> logs = watch.lockstep().logs();
        return new ClassRun(code, scenario, strategy, timeLimit, standDays, logs.get(0).all(), logs.get(1).all(),
                decisions, seats.joined(), watch.lockstep().finished());
    }

    /** The run's lockstep, for tests that compare it with a headless run once the room's thread is done. */
    Lockstep lockstep() {
        return watch.lockstep();
    }

    /** Whether the room's thread has ended (closed, or failed). */
    boolean stopped() {
        return !thread.isAlive();
    }

    /** Closes the room: a decision waiting is left to the model, and the thread ends after the day it is on. */
    @Override
    public synchronized void close() {
        closed = true;
        playing = false;
        notifyAll();
    }
}
