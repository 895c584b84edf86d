package org.groundswell.benchmarks;

import org.groundswell.model.Hospital;
import org.groundswell.model.parameters.HospitalParameters;

/**
 * The size of the default hospital ({@link HospitalParameters#communityHospital()}), as constants: JMH's
 * {@code @OperationsPerInvocation} needs one, so that a benchmark can report per staff-day or per agent-step
 * rather than per run. {@link #check()} fails a benchmark's set-up, saying what to change here, if the
 * calibration has moved them.
 */
final class DefaultHospital {

    /** Frontline staff positions: a staff-day is one of them for one day. */
    static final int STAFF = 692;
    /** Nodes of the staff network: the positions, the physicians and the unit managers. */
    static final int NODES = 737;
    /** Ties of the staff network. */
    static final int TIES = 4040;
    /** Days of a full run: 90 of warm-up and 730 of strategy period. */
    static final int DAYS = 820;
    /** Staff-days of a full run. */
    static final int STAFF_DAYS = STAFF * DAYS;
    /** Agent-steps of the bare kernel over a full run: one per node and day. */
    static final int AGENT_STEPS = NODES * DAYS;

    private DefaultHospital() {
    }

    /**
     * Builds the default hospital and checks that its size is the one these constants say.
     *
     * @throws IllegalStateException naming the constant to update, if it is not
     */
    static void check() {
        HospitalParameters parameters = HospitalParameters.communityHospital();
        Hospital hospital = new Hospital(parameters, false);
        hospital.start();
        expect("STAFF", STAFF, hospital.workforce().positions());
        expect("NODES", NODES, hospital.coordination().network().nodes());
        expect("TIES", TIES, hospital.coordination().network().ties());
        expect("DAYS", DAYS, parameters.totalDays());
    }

    private static void expect(String constant, int expected, int actual) {
        if (expected != actual) {
            throw new IllegalStateException("the default hospital has " + actual + " where DefaultHospital."
                    + constant + " says " + expected + ": update the constant (the calibration changed)");
        }
    }
}
