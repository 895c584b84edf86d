package org.groundswell.model.coordination;

import org.groundswell.model.kernel.DailyProcess;

/**
 * VOICE: once a week the norms move and every tie's seven dimensions move toward the tie's norm by the week's
 * share of the gap ({@code coordination.driftDays}), so that what joint success, blame, huddles or a newcomer
 * did to a tie fades unless it is repeated ({@link Coordination#drift}). The norms themselves fall within units
 * by the week's being "done to" and overload, and return toward where they were built
 * ({@code coordination.normDays}): what sustained success, interventions, blame and turnover did to them fades
 * more slowly, over years.
 */
public final class TieDrift implements DailyProcess {

    private static final long serialVersionUID = 1L;

    private final Coordination coordination;

    public TieDrift(Coordination coordination) {
        this.coordination = coordination;
    }

    @Override
    public void day(int day) {
        coordination.drift(day);
    }
}
