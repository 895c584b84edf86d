package org.groundswell.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.Locale;

import org.groundswell.model.improvement.Practice;
import org.groundswell.model.improvement.ProblemType;
import org.groundswell.model.metrics.Metrics;

import sim.portrayal.DrawInfo2D;
import sim.portrayal.SimplePortrayal2D;

/**
 * Draws a unit as a labelled region: its name and today's figures in the top band, one square per problem
 * type in the bottom band (filled when the unit has a working practice for it, coloured by who designed it;
 * pale when a practice is in place but worn below working), and a green border while the unit has at least
 * one working practice. The whole region answers a click, so clicking a unit inspects it.
 */
final class UnitPortrayal extends SimplePortrayal2D {

    private static final long serialVersionUID = 1L;
    private static final Font NAME = new Font(Font.SANS_SERIF, Font.BOLD, 12);
    private static final Font FIGURES = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
    private static final double SQUARE = 9;
    /** Below this scale (a small screen) the figures do not fit their band and only the name is drawn. */
    private static final double MIN_SCALE_FOR_FIGURES = 0.8;

    private final transient HospitalLayout layout;

    UnitPortrayal(HospitalLayout layout) {
        this.layout = layout;
    }

    /** The region of the unit in pixels, for a unit drawn at {@code info} (its centre and scale). */
    private Rectangle2D.Double pixels(UnitView unit, DrawInfo2D info) {
        Rectangle2D.Double r = layout.region(unit.index());
        double w = r.width * info.draw.width;
        double h = r.height * info.draw.height;
        return new Rectangle2D.Double(info.draw.x - w / 2, info.draw.y - h / 2, w, h);
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        UnitView unit = (UnitView) object;
        Rectangle2D.Double r = pixels(unit, info);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        RoundRectangle2D.Double shape = new RoundRectangle2D.Double(r.x, r.y, r.width, r.height, 12, 12);
        g.setPaint(Palette.REGION);
        g.fill(shape);
        boolean adopting = unit.getPracticesWorking() > 0;
        g.setPaint(info.selected ? Color.BLACK : adopting ? Palette.ADOPTING : Palette.NOT_ADOPTING);
        g.setStroke(new BasicStroke(info.selected ? 3f : adopting ? 2.5f : 1f));
        g.draw(shape);

        double scale = info.draw.height;
        g.setPaint(Color.BLACK);
        g.setFont(NAME.deriveFont((float) Math.max(9, 12 * Math.min(1, scale))));
        g.drawString(unit.getName(), (float) (r.x + 7), (float) (r.y + 14 * scale));
        if (scale >= MIN_SCALE_FOR_FIGURES) {
            g.setFont(FIGURES);
            g.setPaint(new Color(0x444444));
            g.drawString(census(unit), (float) (r.x + 7), (float) (r.y + 26 * scale));
            g.drawString(climate(unit), (float) (r.x + 7), (float) (r.y + 38 * scale));
        }

        double y = r.y + r.height - (HospitalLayout.PRACTICE_BAND - 3) * scale;
        double x = r.x + 7;
        double side = SQUARE * scale;
        for (ProblemType type : ProblemType.values()) {
            Rectangle2D.Double square = new Rectangle2D.Double(x, y, side, side);
            Practice practice = unit.practice(type);
            if (practice != null) {
                g.setPaint(unit.working(type) ? Palette.practice(practice.designer()) : Palette.ERODED);
                g.fill(square);
            }
            g.setStroke(new BasicStroke(1f));
            g.setPaint(new Color(0x888888));
            g.draw(square);
            x += side + 3;
        }
    }

    /** "23/24 beds · 4.8 pts/RN · burnout 31%". */
    private static String census(UnitView unit) {
        return String.format(Locale.ROOT, "%d/%d beds \u00b7 %.1f pts/RN \u00b7 burnout %.0f%%",
                unit.getCensus(), unit.getBeds(), unit.metric(Metrics.PATIENTS_PER_NURSE),
                100 * unit.metric(Metrics.BURNOUT_RATE));
    }

    /** "RC 3.91 · safety 0.61". */
    private static String climate(UnitView unit) {
        return String.format(Locale.ROOT, "RC %.2f \u00b7 safety %.2f", unit.getRcWithinUnit(),
                unit.getPsychologicalSafety());
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        return pixels((UnitView) object, range).intersects(range.clip);
    }

    @Override
    public String getName(sim.portrayal.LocationWrapper wrapper) {
        return String.valueOf(wrapper.getObject());
    }
}
