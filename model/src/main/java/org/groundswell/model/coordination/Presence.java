package org.groundswell.model.coordination;

import org.groundswell.model.kernel.DailyProcess;
import org.groundswell.model.workforce.Workforce;

/**
 * Who holds each node of the staff network today: run at the start of the phases that read the ties, it
 * copies from the workforce which positions are held and by whom (physicians and managers are always
 * present). A tie counts in relational coordination only between people present.
 */
public final class Presence implements DailyProcess {

    private static final long serialVersionUID = 1L;

    private final Workforce workforce;
    private final boolean[] present;
    private final long[] person;

    /** Every node present, and the workforce's positions as they are held now. */
    Presence(Workforce workforce, int nodes) {
        this.workforce = workforce;
        this.present = new boolean[nodes];
        this.person = new long[nodes];
        java.util.Arrays.fill(present, true);
        java.util.Arrays.fill(person, -1);
        workforce.holders(present, person);
    }

    @Override
    public void day(int day) {
        workforce.holders(present, person);
    }

    /** Whether each node is held by someone now (live: read it, do not keep a copy). */
    public boolean[] present() {
        return present;
    }

    /** The person holding each staff node now (the last holder while vacant; -1 for the others). */
    public long[] person() {
        return person;
    }
}
