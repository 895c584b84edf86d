package org.groundswell.gui;

import sim.display.Display2D;
import sim.display.GUIState;

/**
 * MASON's {@link Display2D}, redrawn at most every {@value #FRAME_MILLIS} ms of wall-clock time rather than
 * after every day: at teaching speeds (up to 25 days a second) every day is drawn; faster, the model runs
 * on and the view keeps up 25 times a second instead of holding the model back. The display's own skip
 * options still change it.
 */
final class HospitalDisplay extends Display2D {

    private static final long serialVersionUID = 1L;
    /** Shortest time between two redraws while playing. */
    static final long FRAME_MILLIS = 40;

    HospitalDisplay(int width, int height, GUIState gui) {
        super(width, height, gui);
        updateRule = UPDATE_RULE_WALLCLOCK_TIME;
        wallInterval = FRAME_MILLIS;
    }
}
