package org.groundswell.experiments.design;

import java.util.List;

/**
 * How a sweep chooses its points: a plan of where in the parameter space to run. A design places points in
 * the unit hypercube [0, 1]<sup>k</sup>, one coordinate per {@link SweptParameter}, and each parameter maps its
 * coordinate to a value; designs therefore know nothing of paths, units or ranges.
 *
 * <p>The bundled designs are {@link GridDesign} ({@code grid}), {@link RandomDesign} ({@code random}),
 * {@link LatinHypercubeDesign} ({@code lhs}), {@link SobolDesign} ({@code sobol}), and for a sensitivity
 * analysis {@link MorrisDesign} ({@code morris}) and {@link SaltelliDesign} ({@code saltelli}). A new
 * design implements this interface and is added to {@link Designs}; nothing else changes, since runs, ids,
 * resume and {@code design.csv} work from the points.
 */
public interface Design {

    /** The design's type as the experiment file names it ({@code grid}, {@code lhs}, ...). */
    String type();

    /**
     * How many points the design has for these parameters, without generating them.
     *
     * @param parameters the swept parameters
     * @return the number of points
     */
    long size(List<SweptParameter> parameters);

    /**
     * The design's points.
     *
     * @param parameters the swept parameters, in coordinate order
     * @param seed       seed of any random draws (the experiment's seed); deterministic designs ignore it
     * @return {@link #size} rows of one coordinate in [0, 1] per parameter; the same arguments always give the
     *         same points
     */
    double[][] points(List<SweptParameter> parameters, long seed);
}
