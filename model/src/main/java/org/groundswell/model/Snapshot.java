package org.groundswell.model;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;

import org.groundswell.model.change.Strategies;
import org.groundswell.model.parameters.HospitalParameters;

/**
 * A run frozen after its warm-up ({@link Run#snapshot()}), from which runs branch into strategies: a hospital,
 * or a region whose hospitals that follow the region's strategy branch together. Immutable: branches share
 * nothing with it or with each other.
 */
public final class Snapshot {

    private final byte[] state;
    private final HospitalParameters parameters;

    private Snapshot(byte[] state, HospitalParameters parameters) {
        this.state = state;
        this.parameters = parameters;
    }

    /**
     * {@code hospital} serialized as it stands, as a MASON checkpoint is (in memory and uncompressed), with the
     * parameters it runs under.
     */
    static Snapshot of(Run run, HospitalParameters parameters) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(run);
            }
            return new Snapshot(bytes.toByteArray(), parameters);
        } catch (IOException e) {
            throw new IllegalStateException("the hospital could not be copied", e);
        }
    }

    /**
     * A copy of the hospital as it was, going on under {@code strategy}: what {@link Hospital#branch} of the
     * hospital gave when the snapshot was taken.
     *
     * @throws org.groundswell.model.param.ParameterException if {@code strategy} is not a known strategy
     */
    public Run branch(String strategy) {
        HospitalParameters branched = parameters.withStrategy(Strategies.require(strategy));
        Object copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(state))) {
            copy = in.readObject();
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("the run could not be copied", e);
        }
        if (copy instanceof Region region) {
            region.continueUnder(branched);
            return region;
        }
        Hospital hospital = (Hospital) copy;
        hospital.continueUnder(branched);
        return hospital;
    }
}
