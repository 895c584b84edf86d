package org.groundswell.experiments.discovery;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.groundswell.experiments.design.DesignPoints;
import org.groundswell.experiments.report.RenderedChart;
import org.groundswell.experiments.sensitivity.OutcomeValues;

/**
 * What a sweep with {@code analysis: discovery} writes, from its sorted {@code runs.csv}: the files' texts (the
 * boxes, the points, regret, and each strategy's cost-effectiveness at each point), the charts, and the lines
 * the command prints. The sweep hands its finished rows here and writes what comes back,
 * so scenario discovery runs the same whatever backend ran the runs, and after a {@code --resume}.
 */
public final class Discovery {

    /**
     * What to write.
     *
     * @param files    file name → text, in the order listed
     * @param charts   the charts, for {@code charts/}
     * @param findings a line per box and per robust outcome, for the terminal
     */
    public record Written(Map<String, String> files, List<RenderedChart> charts, List<String> findings) {

        /** Nothing: the experiment does not ask for scenario discovery. */
        static final Written NOTHING = new Written(Map.of(), List.of(), List.of());

        public Written {
            files = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(files));
            charts = List.copyOf(charts);
            findings = List.copyOf(findings);
        }
    }

    private Discovery() {
    }

    /**
     * Analyses the sweep's runs, if its experiment asks for scenario discovery.
     *
     * @param points the design points
     * @param header the columns of {@code runs.csv}
     * @param rows   its rows, sorted
     * @param runs   the runs planned
     * @param failed the runs that failed
     * @return what to write; {@link Written#NOTHING} without {@code analysis: discovery}
     * @throws IOException if a chart cannot be drawn
     */
    public static Written of(DesignPoints points, List<String> header, List<List<String>> rows, long runs,
                             long failed) throws IOException {
        DiscoveryAnalysis.Discovery d = DiscoveryAnalysis.analyse(points, header, rows, Prim.Settings.DEFAULT);
        if (d == null) {
            return Written.NOTHING;
        }
        DiscoveryCharts.Charts charts = DiscoveryCharts.render(d);
        Map<String, String> files = new LinkedHashMap<>();
        files.put(DiscoveryFiles.DISCOVERY, DiscoveryFiles.boxes(d));
        files.put(DiscoveryFiles.POINTS, DiscoveryFiles.points(d));
        files.put(DiscoveryFiles.ROBUSTNESS, DiscoveryFiles.robustness(d));
        SweepCostEffectiveness ce = SweepCostEffectiveness.of(points, OutcomeValues.of(points, header, rows));
        List<String> findings = new java.util.ArrayList<>(DiscoveryReport.summary(d));
        if (!ce.isEmpty()) {
            files.put(SweepCostEffectiveness.FILE, ce.csv());
            findings.addAll(ce.summary());
        }
        files.put(DiscoveryReport.FILE, DiscoveryReport.render(points, d, charts, runs, failed,
                ce.isEmpty() ? List.of() : ce.summary()));
        return new Written(files, charts.all(), findings);
    }
}
