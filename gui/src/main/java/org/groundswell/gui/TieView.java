package org.groundswell.gui;

import java.awt.Color;

import org.groundswell.model.Hospital;
import org.groundswell.model.coordination.Dimension;
import org.groundswell.model.coordination.StaffNetwork;

/** A tie of the staff network as the view draws it: coloured by its relational coordination, read live. */
final class TieView {

    private final Hospital hospital;
    private final int tie;
    private final PersonView a;
    private final PersonView b;

    TieView(Hospital hospital, int tie, PersonView a, PersonView b) {
        this.hospital = hospital;
        this.tie = tie;
        this.a = a;
        this.b = b;
    }

    /** Whether the tie is in use: both ends held and the tie active. */
    boolean inUse() {
        return hospital.coordination().network().active(tie) && a.present() && b.present();
    }

    /** Its colour now. */
    Color colour() {
        return Palette.rc(meanRc(hospital.coordination().network(), tie));
    }

    /** The mean of the seven dimensions of tie {@code e}. */
    static double meanRc(StaffNetwork network, int e) {
        double sum = 0;
        for (Dimension d : Dimension.values()) {
            sum += network.dimension(e, d);
        }
        return sum / Dimension.COUNT;
    }

    @Override
    public String toString() {
        return "tie " + tie;
    }
}
