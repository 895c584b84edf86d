package org.groundswell.experiments.design;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An experiment's design points as the values its swept parameters take at each: what {@code design.csv}
 * lists. The design's coordinates are mapped by each {@link SweptParameter}; a point whose values equal an
 * earlier point's (a random design drawing twice from the same short list) is the same run, listed as
 * {@code same_as} the earlier one.
 */
public final class DesignPoints {

    private final Experiment experiment;
    private final List<List<String>> values;
    private final int[] sameAs;

    /**
     * Generates the design's points.
     *
     * @param experiment the validated experiment
     */
    public DesignPoints(Experiment experiment) {
        this.experiment = experiment;
        List<SweptParameter> parameters = experiment.parameters();
        double[][] unit = experiment.design().points(parameters, experiment.seed());
        values = new ArrayList<>(unit.length);
        sameAs = new int[unit.length];
        Map<List<String>, Integer> first = new HashMap<>();
        for (int p = 0; p < unit.length; p++) {
            List<String> point = new ArrayList<>(parameters.size());
            for (int i = 0; i < parameters.size(); i++) {
                point.add(parameters.get(i).valueAt(unit[p][i]));
            }
            List<String> fixed = List.copyOf(point);
            values.add(fixed);
            Integer earlier = first.putIfAbsent(fixed, p);
            sameAs[p] = earlier == null ? -1 : earlier;
        }
    }

    /** The experiment. */
    public Experiment experiment() {
        return experiment;
    }

    /** Design points, duplicates included. */
    public int size() {
        return values.size();
    }

    /** Distinct design points: those that repeat no earlier one. */
    public long distinct() {
        return Arrays.stream(sameAs).filter(s -> s < 0).count();
    }

    /** The earlier point that point {@code p} repeats, or −1. */
    public int sameAs(int p) {
        return sameAs[p];
    }

    /** Point {@code p}'s values as text to apply, one per swept parameter. */
    public List<String> values(int p) {
        return values.get(p);
    }

    /** Point {@code p}'s values as {@code design.csv} and {@code runs.csv} show them. */
    public List<String> displayValues(int p) {
        return values.get(p).stream().map(SweptParameter::display).toList();
    }
}
