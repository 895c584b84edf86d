package org.groundswell.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.groundswell.web.ClassDecisions.Kind;

/**
 * The decisions a class's room puts to its students, and who decided what. A decision of a seat nobody sits in
 * is the model's; one whose seat has an answer standing (given within {@code standDays} days for the same kind)
 * takes it; any other is put to the seat's students and waits for the first answer, up to the time limit, after
 * which the model's own decision stands. Every decision of a seat a student held is logged with who made it and
 * how, with its place among the day's decisions of its kind on its unit, so that it can be replayed.
 */
final class Prompts {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** A decision put to the students of a seat. */
    private static final class Prompt {
        final long id;
        final Kind kind;
        final int seat;
        final int day;
        final String question;
        final long deadline;
        String answer;
        String by;

        Prompt(long id, Kind kind, int seat, int day, String question, long deadline) {
            this.id = id;
            this.kind = kind;
            this.seat = seat;
            this.day = day;
            this.question = question;
            this.deadline = deadline;
        }
    }

    private record Standing(String choice, String by, int until) {
    }

    private final Seats seats;
    private final int timeLimit;
    private final int standDays;
    private final LongSupplier clock;
    private final Map<Integer, Standing> standing = new HashMap<>();
    private final Map<String, Integer> occurrences = new HashMap<>();
    private final List<ClassRun.Decision> decisions = new ArrayList<>();
    private int occurrencesDay = Integer.MIN_VALUE;
    private Prompt pending;
    private long prompts;
    private boolean closed;

    Prompts(Seats seats, int timeLimit, int standDays, LongSupplier clock) {
        this.seats = seats;
        this.timeLimit = timeLimit;
        this.standDays = standDays;
        this.clock = clock;
    }

    /**
     * The students' choice of a decision of the class's hospital, or null for the model's own; waits for the
     * answer when the decision is put to them. Called on the room's thread, inside the day being simulated.
     *
     * @param model    the model's own decision, in words, for the log
     * @param question the question, made only if it is put to the students
     */
    synchronized String decide(Kind kind, int unit, int day, String model, Supplier<String> question) {
        if (day < 0) {
            return null;
        }
        if (day != occurrencesDay) {
            occurrences.clear();
            occurrencesDay = day;
        }
        int occurrence = occurrences.merge(kind.id + ":" + unit, 1, Integer::sum) - 1;
        int seat = seats.index(unit, kind.role);
        if (closed || seats.at(seat).isEmpty()) {
            return null;
        }
        String unitName = seats.unitName(unit);
        int key = seat * Kind.values().length + kind.ordinal();
        Standing stands = standing.get(key);
        if (stands != null && day <= stands.until()) {
            decisions.add(new ClassRun.Decision(day, occurrence, unit, unitName, kind.id, stands.choice(), model,
                    stands.by(), "standing"));
            return stands.choice();
        }
        Prompt prompt = new Prompt(++prompts, kind, seat, day, question.get(), clock.getAsLong() + timeLimit * 1000L);
        pending = prompt;
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

    /** Seats a student. @throws BadRequest as {@link Seats#join} */
    synchronized Seats.Student join(String name, int seat) {
        return seats.join(name, seat, clock.getAsLong());
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

    /** The student with {@code token}, touched (their page is open). @throws BadRequest 404 if there is none */
    synchronized Seats.Student student(String token) {
        Seats.Student student = seats.student(token);
        if (student == null) {
            throw new BadRequest(404, "no such student in this room: you may have been away too long; join again");
        }
        student.lastSeen = clock.getAsLong();
        return student;
    }

    /** Drops the students not heard from for {@code silentMillis}. */
    synchronized void dropSilent(long silentMillis) {
        seats.dropSilentSince(clock.getAsLong() - silentMillis);
    }

    /** Leaves a decision waiting, and every later one, to the model. */
    synchronized void close() {
        closed = true;
        notifyAll();
    }

    /** Every decision logged, in order. */
    synchronized List<ClassRun.Decision> decisions() {
        return List.copyOf(decisions);
    }

    /** Students who joined since the room opened. */
    synchronized int joined() {
        return seats.joined();
    }

    /** The seats and who sits in them, the decision waiting and the latest decisions, into {@code out}. */
    synchronized void putRoom(ObjectNode out) {
        out.put("students", seats.students());
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
    }

    /** A student's seat, the decision waiting for it and the seat's latest decisions, into {@code out}. */
    synchronized Seats.Seat putStudent(String token, ObjectNode out) {
        Seats.Student student = student(token);
        Seats.Seat seat = seats.seat(student.seat);
        out.put("name", student.name).put("seat", student.seat).put("label", seats.label(student.seat))
                .put("role", seat.role().id);
        if (pending != null && pending.seat == student.seat) {
            out.set("prompt", prompt(pending));
        }
        ArrayNode mine = out.putArray("decisions");
        for (int i = decisions.size() - 1; i >= 0 && mine.size() < 10; i--) {
            ClassRun.Decision d = decisions.get(i);
            if (seats.index(d.unit(), Kind.of(d.kind()).role) == student.seat) {
                mine.add(decision(d));
            }
        }
        return seat;
    }

    private ObjectNode prompt(Prompt p) {
        ObjectNode out = JSON.objectNode().put("id", p.id).put("kind", p.kind.id).put("day", p.day)
                .put("seat", p.seat).put("label", seats.label(p.seat)).put("question", p.question)
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
}
