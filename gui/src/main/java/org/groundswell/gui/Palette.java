package org.groundswell.gui;

import java.awt.Color;

import org.groundswell.model.improvement.Designer;

/**
 * The colours of the window, in one place so that the views, the legend and the charts agree. Exhaustion runs
 * from blue (rested) through pale yellow to orange just under the burnout cut-off, and dark red at or above
 * it; relational coordination on a tie runs from brown (poor) through grey to teal (strong) — both
 * diverging schemes of ColorBrewer (Harrower &amp; Brewer 2003, The Cartographic Journal 40:27) that stay
 * apart for the common colour-vision deficiencies. Strategies take the colours of Okabe &amp; Ito (2008),
 * as in the reports of {@code groundswell compare}.
 */
public final class Palette {

    /** Levels of each precomputed scale. */
    private static final int LEVELS = 64;
    private static final Color[] RESTED_TO_CUTOFF = scale(LEVELS, 255,
            new Color(0x4575b4), new Color(0xfee090), new Color(0xf46d43));
    private static final Color[] RC = scale(LEVELS, 110, new Color(0x8c510a), new Color(0xbdbdbd), new Color(0x01665e));

    /** A frontline person at or above the exhaustion cut-off. */
    public static final Color BURNED_OUT = new Color(0xa50026);
    /** The outline of a position nobody holds. */
    public static final Color VACANT = new Color(0xb0b0b0);
    /** Physicians (their wellbeing is not modelled). */
    public static final Color PHYSICIAN = new Color(0x6a3d9a);
    /** Unit managers (their wellbeing is not modelled). */
    public static final Color MANAGER = new Color(0x252525);
    /** A unit's region. */
    public static final Color REGION = new Color(0xf4f4f4);
    /** The border of a unit with at least one working practice. */
    public static final Color ADOPTING = new Color(0x1b7837);
    /** The border of a unit without one. */
    public static final Color NOT_ADOPTING = new Color(0xc8c8c8);
    /** A practice in place but worn below working. */
    public static final Color ERODED = new Color(0xdddddd);

    private static final Color[] STRATEGIES = {new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73),
            new Color(0xCC79A7), new Color(0xE69F00), new Color(0x56B4E9)};

    private Palette() {
    }

    /** The colour of exhaustion {@code e} (0–1) for a burnout cut-off of {@code cutoff}. */
    public static Color exhaustion(double e, double cutoff) {
        if (e >= cutoff) {
            return BURNED_OUT;
        }
        return RESTED_TO_CUTOFF[level(e / cutoff)];
    }

    /** Relational coordination at and below which a tie is drawn in the poorest colour. */
    public static final double RC_LOW = 2;
    /** Relational coordination drawn grey: between poor and strong. */
    public static final double RC_MIDDLE = 3.5;
    /** Relational coordination at and above which a tie is drawn in the strongest colour. */
    public static final double RC_HIGH = 4.5;

    /**
     * The colour, half transparent, of a tie whose mean relational coordination is {@code rc} (1–5): brown at
     * {@link #RC_LOW} and below, grey at {@link #RC_MIDDLE}, teal at {@link #RC_HIGH} and above. Hospitals score
     * about 3.9–4.2 (Gittell et al. 2000), so the scale spends its colours where ties actually are.
     */
    public static Color rc(double rc) {
        double share = rc <= RC_MIDDLE ? (rc - RC_LOW) / (RC_MIDDLE - RC_LOW) / 2
                : 0.5 + (rc - RC_MIDDLE) / (RC_HIGH - RC_MIDDLE) / 2;
        return RC[level(share)];
    }

    /** The colour of strategy number {@code i} of the window (0: left, 1: right). */
    public static Color strategy(int i) {
        return STRATEGIES[Math.floorMod(i, STRATEGIES.length)];
    }

    /** The colour of a working practice by who designed it. */
    public static Color practice(Designer designer) {
        return switch (designer) {
            case UNIT -> new Color(0x1b7837);
            case ADAPTED -> new Color(0x7fbf7b);
            case CARRIED -> new Color(0x35978f);
            case CENTRAL -> new Color(0x762a83);
        };
    }

    private static int level(double share) {
        double s = Double.isNaN(share) ? 0 : Math.max(0, Math.min(1, share));
        return (int) Math.round(s * (LEVELS - 1));
    }

    /** {@code levels} colours from {@code low} through {@code middle} to {@code high}, with opacity {@code alpha}. */
    private static Color[] scale(int levels, int alpha, Color low, Color middle, Color high) {
        Color[] out = new Color[levels];
        for (int i = 0; i < levels; i++) {
            double t = (double) i / (levels - 1);
            Color a = t < 0.5 ? low : middle;
            Color b = t < 0.5 ? middle : high;
            double s = t < 0.5 ? t * 2 : (t - 0.5) * 2;
            out[i] = new Color(mix(a.getRed(), b.getRed(), s), mix(a.getGreen(), b.getGreen(), s),
                    mix(a.getBlue(), b.getBlue(), s), alpha);
        }
        return out;
    }

    private static int mix(int a, int b, double s) {
        return (int) Math.round(a + (b - a) * s);
    }
}
