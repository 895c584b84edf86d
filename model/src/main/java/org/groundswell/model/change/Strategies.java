package org.groundswell.model.change;

import java.util.List;

/**
 * The change strategies a scenario can name in its {@code strategy} field. The baseline, {@code none},
 * leaves the hospital to its managers: they fix a few of the problems staff raise, and nothing else.
 */
public final class Strategies {

    /** The baseline strategy's id. */
    public static final String NONE = "none";

    private static final List<String> IDS = List.of(NONE);

    private Strategies() {
    }

    /** The ids of the bundled strategies, baseline first. */
    public static List<String> ids() {
        return IDS;
    }

    /** Whether {@code id} names a known strategy. */
    public static boolean isKnown(String id) {
        return IDS.contains(id);
    }
}
