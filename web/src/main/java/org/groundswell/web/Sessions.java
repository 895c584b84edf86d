package org.groundswell.web;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

import io.javalin.http.sse.SseClient;

/**
 * The runs the server holds, one per browser session, each with its own model, and the pages listening to
 * each. Bounded: at most {@code maxSessions} runs at once, none started when the heap is nearly full, and a run
 * nobody has asked about or listened to for {@code idleMillis} is dropped. Ids are random and unguessable, so
 * one page cannot drive another's run.
 */
final class Sessions {

    /** Heap that must stay free for a new run to start: a run of the largest bundled hospital needs less. */
    static final long HEADROOM_BYTES = 96L << 20;

    private final int maxSessions;
    private final long idleMillis;
    private final LongSupplier clock;
    private final SecureRandom ids = new SecureRandom();
    private final Map<String, Watch> watches = new LinkedHashMap<>();
    private final Map<String, List<Listener>> listeners = new LinkedHashMap<>();

    /** A page listening to a run, and what it has been sent. */
    private static final class Listener {
        final SseClient client;
        int sent;
        int run = -1;

        Listener(SseClient client) {
            this.client = client;
        }
    }

    Sessions(int maxSessions, long idleMillis, LongSupplier clock) {
        this.maxSessions = maxSessions;
        this.idleMillis = idleMillis;
        this.clock = clock;
    }

    /**
     * Starts a run for a new session.
     *
     * @throws BadRequest 503 if the server already holds its limit of runs, or has too little memory left
     */
    Watch create(WatchRequest.Checked request) {
        synchronized (this) {
            dropIdle();
            if (watches.size() >= maxSessions) {
                throw new BadRequest(503, "the server is running " + watches.size() + " runs, its limit "
                        + "(--max-sessions); close another tab, or wait for an idle run to be dropped");
            }
        }
        Runtime runtime = Runtime.getRuntime();
        long free = runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
        if (free < HEADROOM_BYTES) {
            throw new BadRequest(503, "the server is short of memory for another run; close another tab, or "
                    + "give it more (JAVA_OPTS=-Xmx...)");
        }
        String id = newId();
        Watch watch = new Watch(id, request.scenario(), request.strategies(), clock.getAsLong());
        synchronized (this) {
            watches.put(id, watch);
            listeners.put(id, new ArrayList<>());
        }
        return watch;
    }

    /**
     * The run of session {@code id}, touched (it is in use).
     *
     * @throws BadRequest 404 if there is none (never made, or dropped when idle)
     */
    Watch get(String id) {
        Watch watch;
        synchronized (this) {
            watch = watches.get(id);
        }
        if (watch == null) {
            throw new BadRequest(404, "no run " + id + " here: it may have been dropped after "
                    + idleMillis / 60000 + " idle minutes; start a new one");
        }
        watch.touch(clock.getAsLong());
        return watch;
    }

    /** Runs held. */
    synchronized int size() {
        return watches.size();
    }

    /** Adds a page listening to run {@code id}, and sends it the run as it stands. */
    void listen(String id, SseClient client) {
        Watch watch = get(id);
        Listener listener = new Listener(client);
        synchronized (this) {
            List<Listener> list = listeners.get(id);
            if (list == null) {
                throw new BadRequest(404, "no run " + id + " here");
            }
            list.add(listener);
        }
        client.onClose(() -> {
            synchronized (this) {
                List<Listener> list = listeners.get(id);
                if (list != null) {
                    list.remove(listener);
                }
            }
        });
        send(watch, List.of(listener));
    }

    /** Sends run {@code watch}'s new days to every page listening to it. */
    void changed(Watch watch) {
        List<Listener> list;
        synchronized (this) {
            list = listeners.containsKey(watch.id()) ? List.copyOf(listeners.get(watch.id())) : List.of();
        }
        send(watch, list);
    }

    private static void send(Watch watch, List<Listener> to) {
        for (Listener listener : to) {
            synchronized (listener) {
                if (listener.client.terminated()) {
                    continue;
                }
                var state = watch.state(listener.sent, listener.run);
                listener.client.sendEvent("state", state.toString());
                listener.sent = state.get("daysSimulated").asInt();
                listener.run = state.get("run").asInt();
            }
        }
    }

    /**
     * The server's clock: steps every playing run by the days due after {@code seconds}, sends the new days to
     * its pages, keeps runs with a page open alive, and drops the idle.
     */
    void tick(double seconds) {
        List<Watch> all;
        synchronized (this) {
            dropIdle();
            all = List.copyOf(watches.values());
        }
        long now = clock.getAsLong();
        for (Watch watch : all) {
            boolean open;
            synchronized (this) {
                open = listeners.getOrDefault(watch.id(), List.of()).stream().anyMatch(l -> !l.client.terminated());
            }
            if (open) {
                watch.touch(now);
            }
            if (watch.tick(seconds)) {
                changed(watch);
            }
        }
    }

    /** Drops the runs idle for longer than the limit, and closes their pages' streams. */
    private void dropIdle() {
        long now = clock.getAsLong();
        List<String> idle = new ArrayList<>();
        for (Watch watch : watches.values()) {
            if (now - watch.lastTouched() > idleMillis) {
                idle.add(watch.id());
            }
        }
        for (String id : idle) {
            watches.remove(id);
            for (Listener listener : listeners.remove(id)) {
                listener.client.close();
            }
        }
    }

    private String newId() {
        byte[] bytes = new byte[16];
        ids.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
