package org.groundswell.experiments.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.groundswell.experiments.stats.Estimate;
import org.groundswell.experiments.stats.PairedDifference;
import org.groundswell.model.metrics.Metrics;

/**
 * What each strategy does over the strategy period, in the numbers people use, against the baseline, paired
 * replication by replication: adverse events avoided and staff who stayed (fewer quits) over the whole period,
 * nurses not burned out at its end (the summary window's mean of registered nurses above the exhaustion
 * cut-off: {@code rn_burnout_rate} × {@code rn_headcount}), and what the period cost ({@code period_cost}). Each
 * figure is the mean of the paired differences with its 95% interval; a figure whose interval holds 0 is
 * called "no clear difference", because the replications cannot tell it from chance.
 */
final class PeriodOutcomes {

    /**
     * One figure for one strategy.
     *
     * @param what     what it counts, e.g. "Adverse events avoided"
     * @param value    the mean, in words: "1,234 fewer", "$4.2 million more"
     * @param interval its 95% interval: "[1,100 to 1,370]", or "" without one
     * @param context  the baseline's own figure, e.g. "of 12,345 under none"
     * @param clear    whether the interval excludes 0
     * @param phrase   the figure in a sentence
     */
    public record Figure(String what, String value, String interval, String context, boolean clear, String phrase) {
    }

    /** A strategy's figures, and a sentence that says them. */
    public record Lead(String strategy, String sentence, List<Figure> figures) {
    }

    /** The baseline's own figures over the period, for the table's first row. */
    public record Baseline(String strategy, List<String> figures) {
    }

    /** The column headings of the lead table. */
    static final List<String> HEADINGS = List.of("Adverse events avoided", "Nurses not burned out, at the end",
            "Staff who stayed (fewer quits)", "Cost of the strategy period");

    private PeriodOutcomes() {
    }

    /** The figures of every strategy but the baseline, in order. */
    static List<Lead> leads(CompareResults results) {
        List<String> strategies = results.settings().strategies();
        int days = results.settings().days();
        List<Lead> leads = new ArrayList<>();
        for (int s = 1; s < strategies.size(); s++) {
            String base = strategies.get(0);
            List<Figure> figures = new ArrayList<>();
            figures.add(count(HEADINGS.get(0), avoided(results.period(s, PeriodTotal.ADVERSE_EVENTS),
                    results.period(0, PeriodTotal.ADVERSE_EVENTS)), "fewer", "more",
                    "of " + whole(mean(results.period(0, PeriodTotal.ADVERSE_EVENTS))) + " under " + base,
                    "fewer adverse events", "more adverse events", "adverse events"));
            double[] burned = nursesBurnedOut(results, s);
            double[] baseBurned = nursesBurnedOut(results, 0);
            figures.add(count(HEADINGS.get(1), avoided(burned, baseBurned), "more", "fewer",
                    "RN burnout " + percent(mean(results.values(s, Metrics.NURSE_BURNOUT_RATE))) + " against "
                            + percent(mean(results.values(0, Metrics.NURSE_BURNOUT_RATE))) + " under " + base,
                    "more nurses not burned out", "more nurses burned out", "nurses burned out"));
            figures.add(count(HEADINGS.get(2), avoided(results.period(s, PeriodTotal.QUITS),
                    results.period(0, PeriodTotal.QUITS)), "more", "fewer",
                    "of " + whole(mean(results.period(0, PeriodTotal.QUITS))) + " quits under " + base,
                    "more staff stayed", "more staff quit", "staff who quit"));
            PairedDifference cost = PairedDifference.of(results.values(s, Metrics.PERIOD_COST),
                    results.values(0, Metrics.PERIOD_COST));
            figures.add(money(HEADINGS.get(3), cost, mean(results.values(0, Metrics.PERIOD_COST)), base));
            List<String> phrases = figures.stream().map(Figure::phrase).toList();
            String sentence = "Over the " + days + "-day strategy period, " + strategies.get(s) + " compared with "
                    + base + ": " + String.join(", ", phrases.subList(0, phrases.size() - 1)) + " and "
                    + phrases.get(phrases.size() - 1) + ".";
            leads.add(new Lead(strategies.get(s), sentence, figures));
        }
        return leads;
    }

    /** The baseline's adverse events, nurses burned out, quits and cost over the period. */
    static Baseline baseline(CompareResults results) {
        return new Baseline(results.settings().strategies().get(0), List.of(
                whole(mean(results.period(0, PeriodTotal.ADVERSE_EVENTS))) + " adverse events",
                whole(mean(nursesBurnedOut(results, 0))) + " of " + whole(mean(results.values(0,
                        Metrics.NURSE_HEADCOUNT_METRIC))) + " RNs burned out",
                whole(mean(results.period(0, PeriodTotal.QUITS))) + " staff quit",
                dollars(mean(results.values(0, Metrics.PERIOD_COST)))));
    }

    /** Registered nurses above the cut-off, mean over the summary window, per replication. */
    private static double[] nursesBurnedOut(CompareResults results, int s) {
        double[] rate = results.values(s, Metrics.NURSE_BURNOUT_RATE);
        double[] headcount = results.values(s, Metrics.NURSE_HEADCOUNT_METRIC);
        double[] out = new double[rate.length];
        for (int r = 0; r < out.length; r++) {
            out[r] = rate[r] * headcount[r];
        }
        return out;
    }

    /** Baseline minus strategy, paired: how many fewer (of a bad thing) the strategy had. */
    private static PairedDifference avoided(double[] strategy, double[] baseline) {
        return PairedDifference.of(baseline, strategy);
    }

    /**
     * A count: {@code positive} and {@code negative} say which way the mean went in the table ("fewer"),
     * {@code gain} and {@code loss} in a sentence ("fewer adverse events"), {@code noun} what there is no clear
     * difference in.
     */
    private static Figure count(String what, PairedDifference d, String positive, String negative,
                                String context, String gain, String loss, String noun) {
        boolean clear = clear(d);
        String value = Double.isFinite(d.mean()) ? whole(Math.abs(d.mean())) + " "
                + (d.mean() >= 0 ? positive : negative) : "n/a";
        String interval = Double.isFinite(d.ciLow()) ? "[" + signedWhole(d.ciLow()) + " to "
                + signedWhole(d.ciHigh()) + "]" : "";
        String phrase = clear ? whole(Math.abs(d.mean())) + " " + (d.mean() >= 0 ? gain : loss)
                : "no clear difference in " + noun + " (" + value + " " + interval + ")";
        return new Figure(what, value, interval, context, clear, phrase);
    }

    private static Figure money(String what, PairedDifference d, double baseline, String base) {
        boolean clear = clear(d);
        String value = Double.isFinite(d.mean()) ? dollars(Math.abs(d.mean())) + " "
                + (d.mean() >= 0 ? "more" : "less") : "n/a";
        String interval = Double.isFinite(d.ciLow()) ? "[" + signedDollars(d.ciLow()) + " to "
                + signedDollars(d.ciHigh()) + "]" : "";
        String share = baseline != 0 && Double.isFinite(d.mean()) ? " ("
                + CompareCharts.signedPercent(100 * d.mean() / Math.abs(baseline)) + ")" : "";
        String phrase = clear ? value + " spent" + share : "no clear difference in cost (" + value + " "
                + interval + ")";
        return new Figure(what, value, interval, "of " + dollars(baseline) + " under " + base + share, clear,
                phrase);
    }

    private static boolean clear(PairedDifference d) {
        return Double.isFinite(d.ciLow()) && (d.ciLow() > 0 || d.ciHigh() < 0);
    }

    private static double mean(double[] values) {
        return Estimate.of(values).mean();
    }

    /** "1,234", rounded to a whole number. */
    static String whole(double value) {
        if (!Double.isFinite(value)) {
            return "n/a";
        }
        return String.format(Locale.ROOT, "%,.0f", Math.abs(value) < 0.5 ? 0.0 : value).replace("-", "\u2212");
    }

    private static String signedWhole(double value) {
        String text = whole(Math.abs(value));
        return Math.round(value) == 0 ? text : CompareCharts.signed(text, value);
    }

    /** "29.4%". */
    static String percent(double share) {
        return Double.isFinite(share) ? String.format(Locale.ROOT, "%.1f%%", 100 * share) : "n/a";
    }

    /** "$4.21 million", "$370 million", "$768,000": three significant digits. */
    static String dollars(double value) {
        if (!Double.isFinite(value)) {
            return "n/a";
        }
        double abs = Math.abs(value);
        String sign = value < 0 ? "\u2212" : "";
        if (abs >= 1e9) {
            return sign + "$" + String.format(Locale.ROOT, abs >= 1e10 ? "%.1f" : "%.2f", abs / 1e9) + " billion";
        }
        if (abs >= 1e6) {
            String f = abs >= 1e8 ? "%.0f" : abs >= 1e7 ? "%.1f" : "%.2f";
            return sign + "$" + String.format(Locale.ROOT, f, abs / 1e6) + " million";
        }
        double rounded = abs == 0 ? 0 : new java.math.BigDecimal(abs).round(new java.math.MathContext(3)).doubleValue();
        return sign + "$" + String.format(Locale.ROOT, "%,.0f", rounded);
    }

    private static String signedDollars(double value) {
        return CompareCharts.signed(dollars(Math.abs(value)), value);
    }
}
