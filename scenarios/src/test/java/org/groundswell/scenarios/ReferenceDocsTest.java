package org.groundswell.scenarios;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.groundswell.model.kernel.UnitParameters;
import org.groundswell.model.metrics.Counter;
import org.groundswell.model.metrics.Metric;
import org.groundswell.model.metrics.Metrics;
import org.groundswell.model.param.Requires;
import org.groundswell.model.parameters.HospitalParameters;
import org.groundswell.scenarios.ParameterReference.Entry;
import org.groundswell.scenarios.ParameterReference.Kind;

/**
 * The reference documents generated from the one place each fact is written: {@code docs/parameters.md}
 * from the parameter records' {@code @Param} annotations, {@code docs/metrics.md} from the metric registry,
 * {@code docs/scenarios.md} from the bundled scenario library. Each test fails when its file is out of date,
 * and rewrites it when run with {@code -Dgroundswell.writeDocs=true}.
 */
class ReferenceDocsTest {

    private static final String TEST = "ReferenceDocsTest";

    @Test
    void parameterReferenceIsUpToDate() {
        Docs.assertUpToDate("parameters.md", parameters(), TEST);
    }

    @Test
    void metricReferenceIsUpToDate() {
        Docs.assertUpToDate("metrics.md", metrics(), TEST);
    }

    @Test
    void scenarioLibraryDocumentIsUpToDate() throws ScenarioException {
        Docs.assertUpToDate("scenarios.md", scenarios(), TEST);
    }

    // ---- docs/parameters.md

    static String parameters() {
        StringBuilder sb = new StringBuilder("# Parameter reference\n\n");
        sb.append(Docs.generatedBy(TEST));
        sb.append("Every parameter of a scenario, read from the model's parameter records, where each one's meaning, "
                + "unit, allowed range, default and source are written once (the `@Param` annotations in "
                + "`model/src/main/java/org/groundswell/model/**/*Parameters.java`). A parameter is addressed by "
                + "its dotted path: as nested keys in a scenario file, and on the command line as "
                + "`--set staffing.patientsPerNurse=6`. Fields of list elements are written `units[].beds` here: "
                + "a unit is addressed by its index (`units[2].beds`) or by its name (`units.icu.beds`).\n\n");
        sb.append("The default is the value in the calibrated community hospital (`community-hospital`). A source "
                + "that is empty or begins with \"assumption\" marks a modelling choice; a work is cited by its "
                + "short name (\"Carlson 2008\", \"Aiken et al. 2002\"), given in full in "
                + "[references.md](references.md). `groundswell scenarios show NAME` prints a "
                + "scenario with every value and these same explanations; [scenarios.md](scenarios.md) describes "
                + "the bundled scenarios, and [ODD.md](ODD.md) what each mechanism does.\n\n");
        List<Entry> sections = ParameterReference.sections();
        sb.append("| section | what it holds |\n| --- | --- |\n");
        sb.append("| [the run](#the-run) | ").append(String.join(", ", sections.stream()
                .filter(e -> e.kind() == Kind.VALUE).map(e -> "`" + e.path() + "`").toList())).append(" |\n");
        for (Entry section : sections) {
            if (section.kind() != Kind.VALUE) {
                sb.append("| [`").append(section.path()).append("`](#").append(section.path().toLowerCase(Locale.ROOT))
                        .append(") | ").append(Docs.cell(section.description())).append(" |\n");
            }
        }
        sb.append("\n## The run\n\n");
        table(sb, sections.stream().filter(e -> e.kind() == Kind.VALUE).toList());
        for (Entry section : sections) {
            if (section.kind() == Kind.VALUE) {
                continue;
            }
            sb.append("\n## ").append(section.path()).append("\n\n").append(section.description()).append(".");
            if (section.kind() == Kind.LIST) {
                sb.append(" Allowed: ").append(section.allowed()).append(". In the community hospital: ")
                        .append(section.defaultValue()).append(".");
            }
            sb.append("\n\n");
            table(sb, ParameterReference.all().stream()
                    .filter(e -> e.section().equals(section.path()) && e.depth() > 0).toList());
            if (section.path().equals("units")) {
                defaultUnits(sb);
            }
        }
        return sb.toString();
    }

    /** The community hospital's units, value by value (they are set in HospitalParameters.communityHospital()). */
    private static void defaultUnits(StringBuilder sb) {
        sb.append("\nThe community hospital's units (`HospitalParameters.communityHospital()`):\n\n");
        sb.append("| name | beds | admissionsPerDay | meanStayDays | staySdDays | highAcuityShare | nurseRatioFactor "
                + "| transfers |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n");
        for (UnitParameters u : HospitalParameters.communityHospital().units()) {
            sb.append("| `").append(u.name()).append("` | ").append(u.beds()).append(" | ")
                    .append(Requires.format(u.admissionsPerDay())).append(" | ").append(Requires.format(u.meanStayDays()))
                    .append(" | ").append(Requires.format(u.staySdDays())).append(" | ")
                    .append(Requires.format(u.highAcuityShare())).append(" | ")
                    .append(Requires.format(u.nurseRatioFactor())).append(" | ")
                    .append(u.transfers().isEmpty() ? "none" : String.join(", ", u.transfers().stream()
                            .map(t -> t.to() + " " + Requires.format(t.share())).toList()))
                    .append(" |\n");
        }
    }

    private static void table(StringBuilder sb, List<Entry> entries) {
        sb.append("| path | meaning | unit | allowed | default | source |\n");
        sb.append("| --- | --- | --- | --- | --- | --- |\n");
        for (Entry e : entries) {
            sb.append("| `").append(e.path()).append("` | ").append(Docs.cell(e.description())).append(" | ")
                    .append(Docs.cell(e.unit())).append(" | ").append(Docs.cell(e.allowed())).append(" | ")
                    .append(e.defaultValue().isEmpty() ? "" : "`" + Docs.cell(e.defaultValue()) + "`").append(" | ")
                    .append(Docs.cell(e.source())).append(" |\n");
        }
    }

    // ---- docs/metrics.md

    static String metrics() {
        StringBuilder sb = new StringBuilder("# Metrics\n\n");
        sb.append(Docs.generatedBy(TEST));
        sb.append("Every metric the model reports, from the metric registry (`org.groundswell.model.metrics.Metrics`), "
                + "in the column order of every output file. The name is a stable identifier: the column of "
                + "`timeseries.csv`, `units.csv` (per-unit metrics only), `runs.csv` and `comparison.csv`, and the "
                + "key in `summary.json`.\n\n");
        sb.append("Each day the model tallies counters, per unit and for the hospital; a metric is a scale times the "
                + "ratio of two counters. Over a window of days (by default the summary window, the last 90 days, "
                + "`summaryDays`) it is summarised either as the ratio of the counters' sums - a rate weighted by its "
                + "exposure, or, over a counter of days, a daily mean - or, for cumulative figures, as the value on "
                + "the window's last day.\n\n");
        sb.append("The label is how charts, legends and reports name the metric for people.\n\n");
        sb.append("| name | label | unit | meaning | per unit | summarised over a window as |\n");
        sb.append("| --- | --- | --- | --- | --- | --- |\n");
        for (Metric m : Metrics.all()) {
            sb.append("| `").append(m.name()).append("` | ").append(Docs.cell(m.label())).append(" | ")
                    .append(Docs.cell(m.unit())).append(" | ")
                    .append(Docs.cell(m.description())).append(" | ").append(m.perUnit() ? "yes" : "no").append(" | ")
                    .append(summary(m)).append(" |\n");
        }
        return sb.toString();
    }

    private static String summary(Metric m) {
        String scale = m.scale() == 1 ? "" : Requires.format(m.scale()) + " × ";
        String numerator = counter(m.numerator());
        if (m.summary() == Metric.Summary.LAST) {
            return "value on the last day: " + scale + numerator;
        }
        if (m.denominator() == Counter.DAYS) {
            return "daily mean: " + scale + "Σ " + numerator + " / days";
        }
        return "ratio of sums: " + scale + "Σ " + numerator + " / Σ " + counter(m.denominator());
    }

    private static String counter(Counter c) {
        return "`" + c.name().toLowerCase(Locale.ROOT) + "`";
    }

    // ---- docs/scenarios.md

    static String scenarios() throws ScenarioException {
        StringBuilder sb = new StringBuilder("# The bundled scenarios\n\n");
        sb.append(Docs.generatedBy(TEST));
        sb.append("Each scenario is a YAML file in `scenarios/src/main/resources/org/groundswell/scenarios/library/`, "
                + "listed in its `index.txt`. Each tells its story in plain words and changes only what the story "
                + "needs from the calibrated community hospital; the values it changes are listed below it. Run one "
                + "with `./groundswell compare --scenario NAME` (every strategy, paired replications, a report) or "
                + "`./groundswell run --scenario NAME`; print one in full, every value explained, with "
                + "`./groundswell scenarios show NAME`. What each parameter means is in "
                + "[parameters.md](parameters.md).\n\n");
        sb.append("| scenario | in one line |\n| --- | --- |\n");
        HospitalParameters base = ScenarioLoader.load(ScenarioLibrary.DEFAULT).parameters();
        for (String name : ScenarioLibrary.names()) {
            sb.append("| [").append(name).append("](#").append(name).append(") | ")
                    .append(Docs.cell(ScenarioLibrary.oneLine(ScenarioLoader.load(name).description()))).append(" |\n");
        }
        for (String name : ScenarioLibrary.names()) {
            Scenario scenario = ScenarioLoader.load(name);
            sb.append("\n## ").append(name).append("\n\n").append(scenario.description()).append("\n\n");
            List<Differences.Difference> differences = Differences.between(base, scenario.parameters());
            if (differences.isEmpty()) {
                sb.append("It is the calibrated default: every value is the model's default.\n");
                continue;
            }
            sb.append("How it differs from `").append(ScenarioLibrary.DEFAULT).append("`:\n\n");
            sb.append("| parameter | ").append(ScenarioLibrary.DEFAULT).append(" | ").append(name).append(" |\n");
            sb.append("| --- | --- | --- |\n");
            for (Differences.Difference d : differences) {
                sb.append("| `").append(d.path()).append("` | ").append(Docs.cell(d.base())).append(" | ")
                        .append(Docs.cell(d.value())).append(" |\n");
            }
        }
        return sb.toString();
    }
}
