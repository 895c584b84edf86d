package org.groundswell.experiments.design;

import java.util.List;
import java.util.Map;

/**
 * The design types an experiment file can name, the settings each takes, and the sensitivity analyses each
 * allows: a grid its {@code levels}; random, Latin hypercube and Sobol' designs their number of
 * {@code samples}; a Morris design its {@code trajectories} and {@code levels}; a Saltelli sample its
 * {@code samples}. To add a design, write a {@link Design} and add it here.
 */
public final class Designs {

    /** The setting of a grid, and of a Morris design. */
    public static final String LEVELS = "levels";
    /** The setting of sampled designs. */
    public static final String SAMPLES = "samples";
    /** The setting of a Morris design. */
    public static final String TRAJECTORIES = "trajectories";

    private static final Map<String, List<String>> SETTINGS = Map.of(
            GridDesign.TYPE, List.of(LEVELS),
            RandomDesign.TYPE, List.of(SAMPLES),
            LatinHypercubeDesign.TYPE, List.of(SAMPLES),
            SobolDesign.TYPE, List.of(SAMPLES),
            MorrisDesign.TYPE, List.of(TRAJECTORIES, LEVELS),
            SaltelliDesign.TYPE, List.of(SAMPLES));

    private Designs() {
    }

    /** The type names, in the order documentation lists them. */
    public static List<String> types() {
        return List.of(GridDesign.TYPE, RandomDesign.TYPE, LatinHypercubeDesign.TYPE, SobolDesign.TYPE,
                MorrisDesign.TYPE, SaltelliDesign.TYPE);
    }

    /**
     * The settings of design {@code type}, the one it cannot do without first.
     *
     * @throws IllegalArgumentException if there is no such type
     */
    public static List<String> settings(String type) {
        List<String> s = SETTINGS.get(type);
        if (s == null) {
            throw new IllegalArgumentException("no design type " + type);
        }
        return s;
    }

    /**
     * The analyses design {@code type}'s points allow: Morris screening needs trajectories, Sobol' indices a
     * Saltelli sample, partial rank correlation independent points; scenario discovery takes any points.
     */
    public static List<Analysis> analyses(String type) {
        return switch (type) {
            case MorrisDesign.TYPE -> List.of(Analysis.MORRIS, Analysis.DISCOVERY);
            case SaltelliDesign.TYPE -> List.of(Analysis.SOBOL, Analysis.DISCOVERY);
            case RandomDesign.TYPE, LatinHypercubeDesign.TYPE, SobolDesign.TYPE -> List.of(Analysis.PRCC,
                    Analysis.DISCOVERY);
            case GridDesign.TYPE -> List.of(Analysis.DISCOVERY);
            default -> throw new IllegalArgumentException("no design type " + type);
        };
    }

    /** The analysis done when the file names none: the one a Morris or Saltelli design is made for, else none. */
    public static Analysis defaultAnalysis(String type) {
        return switch (type) {
            case MorrisDesign.TYPE -> Analysis.MORRIS;
            case SaltelliDesign.TYPE -> Analysis.SOBOL;
            default -> Analysis.NONE;
        };
    }

    /**
     * The design of {@code type} with its settings.
     *
     * @param type     one of {@link #types()}
     * @param settings the values of its {@link #settings}; a grid's levels 0 (or absent) if every range gives
     *                 its own
     * @return the design
     */
    public static Design create(String type, Map<String, Integer> settings) {
        return switch (type) {
            case GridDesign.TYPE -> new GridDesign(settings.getOrDefault(LEVELS, 0));
            case RandomDesign.TYPE -> new RandomDesign(settings.get(SAMPLES));
            case LatinHypercubeDesign.TYPE -> new LatinHypercubeDesign(settings.get(SAMPLES));
            case SobolDesign.TYPE -> new SobolDesign(settings.get(SAMPLES));
            case MorrisDesign.TYPE -> new MorrisDesign(settings.get(TRAJECTORIES),
                    settings.getOrDefault(LEVELS, MorrisDesign.DEFAULT_LEVELS));
            case SaltelliDesign.TYPE -> new SaltelliDesign(settings.get(SAMPLES));
            default -> throw new IllegalArgumentException("no design type " + type);
        };
    }
}
