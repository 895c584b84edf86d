package org.groundswell.gui;

import java.awt.Graphics2D;
import java.awt.RenderingHints;

import sim.field.network.Edge;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.network.SimpleEdgePortrayal2D;

/**
 * Draws a tie as a thin, half-transparent line coloured by its relational coordination (brown: poor, grey:
 * middling, teal: strong), and only while it is in use (both ends held). Ties do not answer clicks, so a
 * click on a crowded unit inspects the people and the unit rather than the lines across them.
 */
final class TiePortrayal extends SimpleEdgePortrayal2D {

    private static final long serialVersionUID = 1L;

    TiePortrayal() {
        setShape(SHAPE_THIN_LINE);
    }

    @Override
    public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
        TieView tie = (TieView) ((Edge) object).info;
        if (!tie.inUse()) {
            return;
        }
        fromPaint = tie.colour();
        toPaint = fromPaint;
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        super.draw(object, graphics, info);
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        return false;
    }
}
