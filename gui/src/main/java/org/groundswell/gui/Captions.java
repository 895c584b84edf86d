package org.groundswell.gui;

import java.awt.Color;
import java.util.List;
import java.util.Locale;

import org.groundswell.model.parameters.HospitalParameters;

/**
 * The texts of the window: its subtitle and the caption over each view, for one hospital or the member on
 * show of a region; and the Console's About tab.
 */
final class Captions {

    private Captions() {
    }

    /** The Console's About tab (HTML). */
    static String about() {
        return "<html><body style='font-family:sans-serif'><h2>Groundswell</h2>"
                + "<p>A hospital day by day: patients arriving, nurses staffing shifts, burning out and quitting, "
                + "broken systems found and fixed, and relational coordination rising or falling on every tie "
                + "between colleagues. With two strategies the same hospital and seed run side by side, on the "
                + "same day, so the class sees the difference as it forms.</p>"
                + "<p><b>Play</b> runs the warm-up (negative days) and then the strategy period from day 0. "
                + "<b>Model</b> holds the parameters of the next run: change them, then stop and play again. "
                + "The <b>Random Number Seed</b> of the Console tab is the hospitals' seed: the same seed gives "
                + "the same run as <tt>groundswell run</tt>. Click a person or a unit to inspect it.</p>"
                + "<p>A region's hospitals are listed under the views, each with its figures: choose the one on "
                + "show there. The run goes on; nothing is run again.</p>"
                + "</body></html>";
    }

    /**
     * "top-down vs partnership, same hospital · seed 1 · 8 units · warm-up 20 days, then 60 days"; for a region,
     * "top-down vs partnership · seed 1 · hub of 4 hospitals · …" (short enough for the header; the views show
     * the units).
     *
     * @param shown the member on show of a region (ignored for a single hospital)
     */
    static String subtitle(HospitalParameters p, List<String> strategies, int shown) {
        boolean region = p.region().hasHospitals();
        String what = region ? p.region().hospitals().get(shown).name() + " of " + p.region().hospitals().size()
                + " hospitals" : p.units().size() + " units";
        return String.format(Locale.ROOT, "%s \u00b7 seed %d \u00b7 %s \u00b7 warm-up %d days, then %d days",
                strategies.size() > 1 ? String.join(" vs ", strategies) + (region ? "" : ", same hospital")
                        : "strategy " + strategies.get(0),
                p.seed(), what, p.warmupDays(), p.days());
    }

    /**
     * "■ top-down   burnout 31% · harm 2.3 · cost $2,741 · adoption 12% · RC 3.91", from the charts' last values
     * (none while {@code charts} is null); for a region, "■ top-down · hub   …".
     *
     * @param member the name of the member on show, or null for a single hospital
     */
    static String caption(int i, String strategy, String member, LiveCharts charts) {
        Color c = Palette.strategy(i);
        String swatch = String.format(Locale.ROOT, "<font color='#%02x%02x%02x'>\u25a0</font>", c.getRed(),
                c.getGreen(), c.getBlue());
        String figures = "";
        if (charts != null) {
            figures = String.format(Locale.ROOT,
                    "&nbsp;&nbsp; burnout %.0f%% \u00b7 harm %.1f /1000 pd \u00b7 $%,.0f /pd \u00b7 adoption %.0f%% \u00b7 RC %.2f",
                    100 * charts.last(2, i), charts.last(0, i), charts.last(1, i), 100 * charts.last(3, i),
                    charts.last(4, i));
        }
        String name = member == null ? "" : " \u00b7 " + member;
        return "<html>" + swatch + " <b>" + strategy + name + "</b>" + figures + "</html>";
    }
}
