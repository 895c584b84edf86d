package org.groundswell.experiments.calibration;

/**
 * One parameter set to simulate: attempt {@code attempt} of generation {@code generation} (or of the
 * posterior predictive check, generation {@link ParticleSeeds#PREDICTIVE}), its values in the order of the
 * calibration's parameters.
 *
 * @param generation from 0; {@link ParticleSeeds#PREDICTIVE} for a predictive draw
 * @param attempt    from 0 within the generation
 * @param values     the parameters' values
 */
public record Proposal(int generation, int attempt, double[] values) {

    public Proposal {
        values = values.clone();
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    double value(int i) {
        return values[i];
    }
}
