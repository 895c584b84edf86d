package org.groundswell.web;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The seats of a class's room and the students in them: each unit of the hospital has a manager's seat and a
 * frontline seat. A student joins with a name and sits where asked, or in the seat with the fewest students
 * (the unit managers' first, unit by unit), so a class of any size fills the hospital evenly; several students
 * may share a seat, and the first to answer decides for it. A student who has not been heard from for a while
 * is dropped, and their seat goes back to the model if nobody is left in it. Not thread-safe: the room guards it.
 */
final class Seats {

    /** Who a seat decides for. */
    enum Role {
        /** The unit manager: answers reported harm, releases the team's time. */
        MANAGER("manager"),
        /** The unit's frontline staff: raise the problems they work around, or go on working around them. */
        FRONTLINE("frontline");

        final String id;

        Role(String id) {
            this.id = id;
        }
    }

    /** A seat: a unit and a role. */
    record Seat(int unit, Role role) {
    }

    /** A student in the room. */
    static final class Student {
        final String token;
        final String name;
        final int seat;
        long lastSeen;

        Student(String token, String name, int seat, long now) {
            this.token = token;
            this.name = name;
            this.seat = seat;
            this.lastSeen = now;
        }
    }

    /** Names students may give: letters, digits, spaces and a little punctuation, 1 to 30 of them. */
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} .'_-]{0,29}");

    private final List<Seat> seats = new ArrayList<>();
    private final List<String> unitNames;
    private final int maxStudents;
    private final Map<String, Student> students = new LinkedHashMap<>();
    private final SecureRandom tokens;
    private int joined;

    Seats(List<String> unitNames, int maxStudents, SecureRandom tokens) {
        this.unitNames = List.copyOf(unitNames);
        this.maxStudents = maxStudents;
        this.tokens = tokens;
        for (int u = 0; u < unitNames.size(); u++) {
            seats.add(new Seat(u, Role.MANAGER));
            seats.add(new Seat(u, Role.FRONTLINE));
        }
    }

    /**
     * Seats a new student.
     *
     * @param seat the seat asked for, or -1 for the emptiest
     * @throws BadRequest if the name is not a name, the seat does not exist, or the room is full (503)
     */
    Student join(String name, int seat, long now) {
        String trimmed = name == null ? "" : name.strip();
        if (!NAME.matcher(trimmed).matches()) {
            throw new BadRequest("name = " + (name == null ? "null" : "\"" + name + "\"") + ": 1 to 30 letters, "
                    + "digits, spaces or .'_- , starting with a letter or digit");
        }
        if (seat < -1 || seat >= seats.size()) {
            throw new BadRequest("seat = " + seat + ": 0 to " + (seats.size() - 1) + ", or leave it out to be "
                    + "given one");
        }
        if (students.size() >= maxStudents) {
            throw new BadRequest(503, "the room has " + students.size() + " students, its limit (--max-students)");
        }
        int chosen = seat >= 0 ? seat : emptiest();
        byte[] bytes = new byte[16];
        tokens.nextBytes(bytes);
        Student student = new Student(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), trimmed,
                chosen, now);
        students.put(student.token, student);
        joined++;
        return student;
    }

    private int emptiest() {
        int best = 0;
        for (int s = 1; s < seats.size(); s++) {
            if (at(s).size() < at(best).size()) {
                best = s;
            }
        }
        return best;
    }

    /** The student with {@code token}, or null. */
    Student student(String token) {
        return students.get(token);
    }

    /** The students in seat {@code seat}, in the order they joined. */
    List<Student> at(int seat) {
        List<Student> out = new ArrayList<>();
        for (Student s : students.values()) {
            if (s.seat == seat) {
                out.add(s);
            }
        }
        return out;
    }

    /** The seat of {@code role} on unit {@code unit}. */
    int index(int unit, Role role) {
        return 2 * unit + role.ordinal();
    }

    Seat seat(int index) {
        return seats.get(index);
    }

    int size() {
        return seats.size();
    }

    /** The name of unit {@code unit}. */
    String unitName(int unit) {
        return unitNames.get(unit);
    }

    /** "ICU manager". */
    String label(int index) {
        Seat seat = seats.get(index);
        return unitNames.get(seat.unit()) + " " + seat.role().id;
    }

    /** Students in the room now. */
    int students() {
        return students.size();
    }

    /** Students who have joined since the room opened. */
    int joined() {
        return joined;
    }

    /** Drops the students not heard from since {@code before}; returns their names. */
    List<String> dropSilentSince(long before) {
        List<String> dropped = new ArrayList<>();
        students.values().removeIf(s -> {
            boolean gone = s.lastSeen < before;
            if (gone) {
                dropped.add(s.name);
            }
            return gone;
        });
        return dropped;
    }
}
