package org.groundswell.web;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The class rooms the server holds. Bounded: at most {@code maxRooms} at once, none opened when the heap is
 * nearly full, at most {@code maxStudents} students in each; a room whose projector has not asked for it for
 * {@code idleMillis} is closed, and a student whose page has not asked for {@link #STUDENT_SILENCE_MILLIS} is
 * dropped from their seat (which goes back to the model).
 *
 * <p>A room's code is what students type: six characters from 31 letters and digits that cannot be misread
 * (no 0/O, 1/I/L), about 887 million codes, drawn by {@link SecureRandom}: with ten rooms open, a guess finds
 * one once in some 89 million tries. The teacher's token, which alone plays, pauses and exports, is 128 random
 * bits, as is each student's.
 */
final class Rooms {

    /** The letters of a room's code. */
    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int CODE_LENGTH = 6;
    /** A student whose page has been silent this long (it asks every second or two) has left. */
    static final long STUDENT_SILENCE_MILLIS = 90_000;

    private final int maxRooms;
    private final int maxStudents;
    private final long idleMillis;
    private final LongSupplier clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Room> rooms = new LinkedHashMap<>();

    Rooms(int maxRooms, int maxStudents, long idleMillis, LongSupplier clock) {
        this.maxRooms = maxRooms;
        this.maxStudents = maxStudents;
        this.idleMillis = idleMillis;
        this.clock = clock;
    }

    /**
     * Opens a room for {@code request}.
     *
     * @throws BadRequest 503 if the server holds its limit of rooms, or is short of memory
     */
    Room open(RoomRequest.Checked request) {
        String code;
        String teacher;
        synchronized (this) {
            dropIdle();
            if (rooms.size() >= maxRooms) {
                throw new BadRequest(503, "the server has " + rooms.size() + " class rooms open, its limit "
                        + "(--max-rooms); close one, or wait for an idle one to be closed");
            }
            Runtime runtime = Runtime.getRuntime();
            long free = runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
            if (free < Sessions.HEADROOM_BYTES) {
                throw new BadRequest(503, "the server is short of memory for another room; give it more "
                        + "(JAVA_OPTS=-Xmx...)");
            }
            do {
                code = code();
            } while (rooms.containsKey(code));
            teacher = token();
            rooms.put(code, null);
        }
        Room room;
        try {
            room = new Room(code, teacher, request.scenario(), request.strategy(), request.timeLimit(),
                    request.standDays(), maxStudents, random, clock);
        } catch (RuntimeException e) {
            synchronized (this) {
                rooms.remove(code);
            }
            throw e;
        }
        synchronized (this) {
            rooms.put(code, room);
        }
        return room;
    }

    /**
     * The room with {@code code} (as typed: case and spaces do not matter).
     *
     * @throws BadRequest 404 if there is none
     */
    Room get(String code) {
        String normal = code == null ? "" : code.replaceAll("\\s", "").toUpperCase(java.util.Locale.ROOT);
        Room room;
        synchronized (this) {
            room = rooms.get(normal);
        }
        if (room == null) {
            throw new BadRequest(404, "no class room " + code + " here: check the code on the projector");
        }
        return room;
    }

    /**
     * The room with {@code code}, for its teacher, touched (in use).
     *
     * @throws BadRequest 404 if there is none, 403 if {@code token} is not its teacher's
     */
    Room teach(String code, String token) {
        Room room = get(code);
        if (token == null || !room.teacher(token)) {
            throw new BadRequest(403, "only the teacher who opened room " + code + " may do that");
        }
        room.touch();
        return room;
    }

    /** Rooms open. */
    synchronized int size() {
        return (int) rooms.values().stream().filter(r -> r != null).count();
    }

    /** The server's clock: drops silent students and closes idle rooms. */
    void tick() {
        List<Room> all;
        synchronized (this) {
            dropIdle();
            all = new ArrayList<>(rooms.values());
        }
        for (Room room : all) {
            if (room != null) {
                room.dropSilent(STUDENT_SILENCE_MILLIS);
            }
        }
    }

    /** Closes every room. */
    synchronized void closeAll() {
        rooms.values().stream().filter(r -> r != null).forEach(Room::close);
        rooms.clear();
    }

    private void dropIdle() {
        long now = clock.getAsLong();
        rooms.values().removeIf(room -> {
            boolean idle = room != null && now - room.lastTouched() > idleMillis;
            if (idle) {
                room.close();
            }
            return idle;
        });
    }

    private String code() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < CODE_LENGTH; i++) {
            out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }

    private String token() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
