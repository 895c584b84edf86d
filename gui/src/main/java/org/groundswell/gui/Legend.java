package org.groundswell.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.Locale;

import javax.swing.JComponent;

import org.groundswell.model.improvement.Designer;

/** What the colours and shapes of the hospital view mean. */
final class Legend extends JComponent {

    private static final long serialVersionUID = 1L;
    private static final Font HEADING = new Font(Font.SANS_SERIF, Font.BOLD, 12);
    private static final Font TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private static final int LINE = 16;

    private double cutoff = 0.5;
    private int tiesShown;
    private int tiesTotal;

    Legend() {
        setPreferredSize(new Dimension(230, 560));
        setBackground(Color.WHITE);
        setOpaque(true);
    }

    /** The burnout cut-off and the ties drawn of the run now shown. */
    void update(double newCutoff, int shown, int total) {
        cutoff = newCutoff;
        tiesShown = shown;
        tiesTotal = total;
        repaint();
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        Graphics2D g = (Graphics2D) graphics.create();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(getBackground());
        g.fillRect(0, 0, getWidth(), getHeight());
        int x = 10;
        int y = 18;

        y = heading(g, "Frontline staff: exhaustion", x, y);
        int bar = 150;
        for (int i = 0; i < bar; i++) {
            g.setColor(Palette.exhaustion(cutoff * i / bar, cutoff));
            g.fillRect(x + i, y - 10, 1, 12);
        }
        g.setColor(Palette.BURNED_OUT);
        g.fillRect(x + bar + 4, y - 10, 30, 12);
        y += LINE;
        g.setFont(TEXT);
        g.setColor(Color.DARK_GRAY);
        g.drawString("rested", x, y);
        g.drawString(String.format(Locale.ROOT, "burned out (\u2265 %.2f)", cutoff), x + 95, y);
        y += LINE;
        disc(g, x + 5, y - 4, null);
        text(g, "vacant position", x + 16, y);
        y += LINE + 6;

        y = heading(g, "Who", x, y);
        disc(g, x + 5, y - 4, Palette.exhaustion(0.3 * cutoff, cutoff));
        text(g, "frontline staff", x + 16, y);
        y += LINE;
        Path2D.Double diamond = new Path2D.Double();
        diamond.moveTo(x + 5, y - 10);
        diamond.lineTo(x + 11, y - 4);
        diamond.lineTo(x + 5, y + 2);
        diamond.lineTo(x - 1, y - 4);
        diamond.closePath();
        g.setColor(new Color(0xcab2d6));
        g.fill(diamond);
        g.setColor(Palette.PHYSICIAN);
        g.draw(diamond);
        text(g, "physician", x + 16, y);
        y += LINE;
        g.setColor(Palette.MANAGER);
        g.fillRect(x, y - 9, 10, 10);
        text(g, "unit manager", x + 16, y);
        y += LINE;
        text(g, "(burnout: frontline staff only)", x, y);
        y += LINE + 6;

        y = heading(g, "Ties: relational coordination", x, y);
        for (int i = 0; i < bar; i++) {
            Color c = Palette.rc(Palette.RC_LOW + (Palette.RC_HIGH - Palette.RC_LOW) * i / bar);
            g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue()));
            g.fillRect(x + i, y - 6, 1, 4);
        }
        y += LINE;
        text(g, "\u2264 " + Palette.RC_LOW + " poor", x, y);
        text(g, Double.toString(Palette.RC_MIDDLE), x + bar / 2 - 8, y);
        text(g, "\u2265 " + Palette.RC_HIGH + " strong", x + bar - 40, y);
        y += LINE;
        text(g, tiesTotal == 0 ? "ties within and across units"
                : String.format(Locale.ROOT, "%,d of %,d ties drawn", tiesShown, tiesTotal), x, y);
        y += LINE;
        text(g, "(every cross-unit tie first)", x, y);
        y += LINE + 6;

        y = heading(g, "Units", x, y);
        g.setColor(Palette.REGION);
        RoundRectangle2D.Double region = new RoundRectangle2D.Double(x, y - 11, 26, 14, 6, 6);
        g.fill(region);
        g.setColor(Palette.ADOPTING);
        g.setStroke(new BasicStroke(2.5f));
        g.draw(region);
        g.setStroke(new BasicStroke(1f));
        text(g, "has a working practice", x + 34, y);
        y += LINE + 2;
        text(g, "squares: 7 kinds of broken system", x, y);
        y += LINE;
        square(g, x, y, Palette.practice(Designer.UNIT));
        text(g, "fixed by the unit's own team", x + 16, y);
        y += LINE;
        square(g, x, y, Palette.practice(Designer.ADAPTED));
        text(g, "adapted from another unit", x + 16, y);
        y += LINE;
        square(g, x, y, Palette.practice(Designer.CARRIED));
        text(g, "brought by bank staff (a region)", x + 16, y);
        y += LINE;
        square(g, x, y, Palette.practice(Designer.CENTRAL));
        text(g, "central practice (top-down)", x + 16, y);
        y += LINE;
        square(g, x, y, Palette.ERODED);
        text(g, "practice worn below working", x + 16, y);
        y += LINE;
        square(g, x, y, null);
        text(g, "no practice", x + 16, y);
        y += LINE + 8;

        g.setFont(HEADING);
        g.setColor(Color.BLACK);
        g.drawString("Click a person or a unit", x, y);
        y += LINE;
        text(g, "to inspect it in the Console.", x, y);
        g.dispose();
    }

    private static int heading(Graphics2D g, String text, int x, int y) {
        g.setFont(HEADING);
        g.setColor(Color.BLACK);
        g.drawString(text, x, y);
        return y + LINE + 2;
    }

    private static void text(Graphics2D g, String text, int x, int y) {
        g.setFont(TEXT);
        g.setColor(Color.DARK_GRAY);
        g.drawString(text, x, y);
    }

    private static void disc(Graphics2D g, int cx, int cy, Color fill) {
        Ellipse2D.Double disc = new Ellipse2D.Double(cx - 4.5, cy - 4.5, 9, 9);
        if (fill == null) {
            g.setColor(Palette.VACANT);
            g.setStroke(new BasicStroke(1.4f));
            g.draw(disc);
            g.setStroke(new BasicStroke(1f));
        } else {
            g.setColor(fill);
            g.fill(disc);
        }
    }

    private static void square(Graphics2D g, int x, int y, Color fill) {
        Rectangle2D.Double square = new Rectangle2D.Double(x + 1, y - 9, 9, 9);
        if (fill != null) {
            g.setColor(fill);
            g.fill(square);
        }
        g.setColor(new Color(0x888888));
        g.draw(square);
    }
}
