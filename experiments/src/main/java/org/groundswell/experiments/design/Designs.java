package org.groundswell.experiments.design;

import java.util.List;
import java.util.Map;

/**
 * The design types an experiment file can name, and the one setting each takes: a grid its {@code levels},
 * the others their number of {@code samples}. To add a design (Morris trajectories, a Saltelli sample), write
 * a {@link Design} and add it here.
 */
public final class Designs {

    /** The setting a grid takes. */
    public static final String LEVELS = "levels";
    /** The setting sampled designs take. */
    public static final String SAMPLES = "samples";

    private static final Map<String, String> SETTING = Map.of(
            GridDesign.TYPE, LEVELS,
            RandomDesign.TYPE, SAMPLES,
            LatinHypercubeDesign.TYPE, SAMPLES,
            SobolDesign.TYPE, SAMPLES);

    private Designs() {
    }

    /** The type names, in the order documentation lists them. */
    public static List<String> types() {
        return List.of(GridDesign.TYPE, RandomDesign.TYPE, LatinHypercubeDesign.TYPE, SobolDesign.TYPE);
    }

    /** The one setting of design {@code type}: {@value #LEVELS} or {@value #SAMPLES}. */
    public static String setting(String type) {
        String s = SETTING.get(type);
        if (s == null) {
            throw new IllegalArgumentException("no design type " + type);
        }
        return s;
    }

    /**
     * The design of {@code type} with its setting.
     *
     * @param type    one of {@link #types()}
     * @param setting the levels of a grid (0 if every range gives its own), the samples of the others
     * @return the design
     */
    public static Design create(String type, int setting) {
        return switch (type) {
            case GridDesign.TYPE -> new GridDesign(setting);
            case RandomDesign.TYPE -> new RandomDesign(setting);
            case LatinHypercubeDesign.TYPE -> new LatinHypercubeDesign(setting);
            case SobolDesign.TYPE -> new SobolDesign(setting);
            default -> throw new IllegalArgumentException("no design type " + type);
        };
    }
}
