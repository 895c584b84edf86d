package org.groundswell.model;

import org.groundswell.model.coordination.Dimension;
import org.groundswell.model.coordination.NetworkLayout;
import org.groundswell.model.coordination.Presence;
import org.groundswell.model.coordination.StaffNetwork;
import org.groundswell.model.workforce.Physicians;

/**
 * The RC index of a physician's ties, read from the staff network, where physician {@code p} is node
 * {@code firstNode + p} ({@link NetworkLayout}): the mean over its ties in use to people present today of the
 * tie's seven dimensions. The hospital wires it into the physicians, since the workforce does not depend on
 * coordination.
 */
record PhysicianTies(StaffNetwork network, Presence presence, int firstNode) implements Physicians.TieRc {

    private static final Dimension[] DIMENSIONS = Dimension.values();

    @Override
    public double rc(int physician) {
        boolean[] present = presence.present();
        int node = firstNode + physician;
        double sum = 0;
        int n = 0;
        for (int e : network.tiesOf(node)) {
            if (!network.active(e) || !present[network.other(e, node)]) {
                continue;
            }
            for (Dimension d : DIMENSIONS) {
                sum += network.dimension(e, d);
            }
            n++;
        }
        return n > 0 ? sum / (n * Dimension.COUNT) : Double.NaN;
    }
}
