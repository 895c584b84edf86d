package org.groundswell.web;

import java.util.ArrayList;
import java.util.List;

import org.groundswell.model.coordination.StaffNetwork;

/** Which ties of a hospital's staff network the page draws. */
final class DrawnTies {

    /** The most ties sent to the page per hospital: all would be too many to read (and to send). */
    static final int MAX = 1200;

    private DrawnTies() {
    }

    /**
     * The ties drawn: every cross-unit tie (the paths practices travel along) up to half of {@link #MAX},
     * then ties within units, each set thinned evenly by index, so that the choice uses no random numbers and
     * is the same for every hospital of the run.
     */
    static int[] sample(StaffNetwork network) {
        List<Integer> across = new ArrayList<>();
        List<Integer> within = new ArrayList<>();
        for (int e = 0; e < network.ties(); e++) {
            (network.crossUnit(e) ? across : within).add(e);
        }
        List<Integer> chosen = new ArrayList<>(evenly(across, MAX / 2));
        chosen.addAll(evenly(within, MAX - chosen.size()));
        return chosen.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    private static List<Integer> evenly(List<Integer> from, int n) {
        if (from.size() <= n) {
            return from;
        }
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            out.add(from.get((int) ((long) k * from.size() / n)));
        }
        return out;
    }
}
