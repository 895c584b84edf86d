package org.groundswell.model.change;

/**
 * The baseline, {@code none}: no change programme. Managers go on fixing a few of the problems staff raise
 * and leadership answers reported harm as it always has (both in the day's voice phase); this strategy adds
 * nothing.
 */
final class NoChange implements Strategy {

    private static final long serialVersionUID = 1L;

    @Override
    public void day(ChangeContext context, int day) {
        // the baseline adds nothing to what managers already do
    }
}
