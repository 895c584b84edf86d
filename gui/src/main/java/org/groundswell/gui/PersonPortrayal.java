package org.groundswell.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

import sim.portrayal.DrawInfo2D;
import sim.portrayal.SimplePortrayal2D;

/**
 * Draws a person: frontline staff as discs coloured by exhaustion (an empty grey ring for a vacant position),
 * physicians as violet diamonds, unit managers as black squares; a black ring marks the one selected.
 */
final class PersonPortrayal extends SimplePortrayal2D {

    private static final long serialVersionUID = 1L;
    /** Radius of a frontline disc, in field units (pixels at scale 1). */
    static final double RADIUS = 3.6;
    private static final Color OUTLINE = new Color(0, 0, 0, 90);
    private static final Color PHYSICIAN_FILL = new Color(0xcab2d6);
    private static final BasicStroke THIN = new BasicStroke(0.8f);
    private static final BasicStroke MEDIUM = new BasicStroke(1.4f);

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        PersonView person = (PersonView) object;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        double x = info.draw.x;
        double y = info.draw.y;
        double r = RADIUS * info.draw.width;
        switch (person.kind()) {
            case FRONTLINE -> {
                Ellipse2D.Double disc = new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
                if (person.present()) {
                    g.setPaint(Palette.exhaustion(person.exhaustion(), person.cutoff()));
                    g.fill(disc);
                    g.setPaint(OUTLINE);
                    g.setStroke(THIN);
                } else {
                    g.setPaint(Palette.VACANT);
                    g.setStroke(MEDIUM);
                }
                g.draw(disc);
            }
            case PHYSICIAN -> {
                double d = r * 1.7;
                Path2D.Double diamond = new Path2D.Double();
                diamond.moveTo(x, y - d);
                diamond.lineTo(x + d, y);
                diamond.lineTo(x, y + d);
                diamond.lineTo(x - d, y);
                diamond.closePath();
                g.setPaint(PHYSICIAN_FILL);
                g.fill(diamond);
                g.setPaint(Palette.PHYSICIAN);
                g.setStroke(MEDIUM);
                g.draw(diamond);
            }
            case MANAGER -> {
                double s = r * 1.5;
                g.setPaint(Palette.MANAGER);
                g.fill(new Rectangle2D.Double(x - s, y - s, 2 * s, 2 * s));
            }
        }
        if (info.selected) {
            double ring = r * 2.4;
            g.setPaint(Color.BLACK);
            g.setStroke(MEDIUM);
            g.draw(new Ellipse2D.Double(x - ring, y - ring, 2 * ring, 2 * ring));
        }
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        double r = RADIUS * range.draw.width * 1.7 + 1;
        return new Ellipse2D.Double(range.draw.x - r, range.draw.y - r, 2 * r, 2 * r).intersects(range.clip);
    }

    @Override
    public String getName(sim.portrayal.LocationWrapper wrapper) {
        return String.valueOf(wrapper.getObject());
    }
}
