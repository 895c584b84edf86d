package org.groundswell.experiments.output;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.groundswell.model.RunSummary;
import org.groundswell.model.metrics.Metric;
import org.groundswell.model.metrics.Metrics;

/**
 * The few figures a person wants to see after a run, as a plain-text table: quality, staffing, burnout and
 * cost over the summary window, with units from the metric registry.
 */
public final class SummaryTable {

    /** The rows: a label for people and the metric it shows. */
    private static final List<Row> ROWS = List.of(
            new Row("Adverse events", "adverse_events_per_1000_pd"),
            new Row("  of which reported", "adverse_events_reported_per_1000_pd"),
            new Row("Serious adverse events", "serious_harm_rate"),
            new Row("30-day mortality", "mortality_30d_rate"),
            new Row("Mean length of stay", "mean_los_days"),
            new Row("30-day readmissions", "readmission_30d_rate"),
            new Row("Patients per nurse", "patients_per_nurse"),
            new Row("Burnout, frontline staff", "burnout_rate"),
            new Row("RN turnover", "rn_turnover_rate_annual"),
            new Row("Vacancy", "vacancy_rate"),
            new Row("Relational coordination", "rc_index"),
            new Row("Psychological safety", "psych_safety"),
            new Row("Problems open", "problems_open"),
            new Row("Silent workarounds", "workarounds_active"),
            new Row("Working practices (adoption)", "adoption_fraction"),
            new Row("Cost per patient-day", "cost_per_patient_day"),
            new Row("Total cost, whole run", "total_cost"));

    private record Row(String label, String metric) {
    }

    private SummaryTable() {
    }

    /**
     * The table, one line per figure, ending with a line break.
     *
     * @param title   the first line, saying which run this is
     * @param summary the run's summary
     * @return the text
     */
    public static String format(String title, RunSummary summary) {
        List<String[]> cells = new ArrayList<>();
        for (Row row : ROWS) {
            Optional<Metric> metric = Metrics.byName(row.metric());
            Double value = summary.metrics().get(row.metric());
            if (metric.isEmpty() || value == null) {
                continue;
            }
            cells.add(new String[] {row.label(), human(value), metric.get().unit()});
        }
        int labelWidth = cells.stream().mapToInt(c -> c[0].length()).max().orElse(0);
        int valueWidth = cells.stream().mapToInt(c -> c[1].length()).max().orElse(0);
        StringBuilder b = new StringBuilder();
        b.append(title).append('\n');
        b.append(String.format(Locale.ROOT, "Over days %d to %d (%d days):", summary.firstDay(), summary.lastDay(),
                summary.lastDay() - summary.firstDay() + 1)).append('\n');
        for (String[] c : cells) {
            b.append("  ").append(pad(c[0], labelWidth)).append("  ")
                    .append(" ".repeat(valueWidth - c[1].length())).append(c[1]).append("  ").append(c[2])
                    .append('\n');
        }
        RunSummary.AdoptionMilestones adoption = summary.adoption();
        if (adoption.quarter().isPresent()) {
            b.append("Adoption reached 25% on day ").append(adoption.quarter().getAsInt())
                    .append(", 50% ").append(milestone(adoption.half()))
                    .append(", 75% ").append(milestone(adoption.threeQuarters())).append('\n');
        }
        return b.toString();
    }

    private static String milestone(java.util.OptionalInt day) {
        return day.isPresent() ? "on day " + day.getAsInt() : "not reached";
    }

    /**
     * A number for people: thousands grouped with commas and no decimals from 1,000 up, four significant digits
     * below, {@code n/a} when missing. Independent of the locale.
     */
    public static String human(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        if (Math.abs(value) >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return new BigDecimal(value).round(new MathContext(4)).toPlainString();
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(width - s.length());
    }
}
