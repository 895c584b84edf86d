package org.groundswell.experiments.calibration;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import org.groundswell.experiments.report.ChartStyle;
import org.groundswell.experiments.report.RenderedChart;

/**
 * The calibration's charts, each to PNG and SVG: for each parameter its marginal posterior density against its
 * prior; for each pair of parameters the posterior particles over a sample of the prior; for each target the
 * posterior predictive distribution of the model's figure against the observed value and its uncertainty.
 * Densities are weighted Gaussian kernel estimates with Silverman's rule of thumb, the effective sample size
 * standing for n.
 */
final class PosteriorCharts {

    private static final int GRID = 200;
    private static final Color PRIOR = new Color(0x999999);

    private PosteriorCharts() {
    }

    static List<RenderedChart> render(Calibration c, AbcSmc.Result result) throws IOException {
        List<RenderedChart> charts = new ArrayList<>();
        Population posterior = result.posterior();
        for (int i = 0; i < c.parameters().size(); i++) {
            charts.add(marginal(c.parameters().get(i), posterior, i));
        }
        Population prior = result.populations().get(0);
        for (int i = 0; i < c.parameters().size(); i++) {
            for (int j = i + 1; j < c.parameters().size(); j++) {
                charts.add(pair(c, prior, posterior, i, j));
            }
        }
        for (int j = 0; j < c.targets().size(); j++) {
            charts.add(predictive(c.targets().get(j), result.predictive(), j));
        }
        return charts;
    }

    private static RenderedChart marginal(CalibratedParameter parameter, Population posterior, int i)
            throws IOException {
        Prior prior = parameter.prior();
        double[] x = grid(prior.lower(), prior.upper());
        XYSeries post = new XYSeries("posterior");
        XYSeries pri = new XYSeries("prior");
        double[] density = Kde.density(posterior.column(i), posterior.weights(), x);
        double[] priorDensity = new double[x.length];
        double mass = 0;
        for (int k = 0; k < x.length; k++) {
            priorDensity[k] = prior.density(x[k]);
            mass += priorDensity[k] * (x[1] - x[0]);
        }
        for (int k = 0; k < x.length; k++) {
            post.add(x[k], density[k]);
            pri.add(x[k], mass > 0 ? priorDensity[k] / mass : 0);
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(post);
        data.addSeries(pri);
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        lines.setDrawSeriesLineAsPath(true);
        lines.setSeriesPaint(0, ChartStyle.colour(0));
        lines.setSeriesStroke(0, new BasicStroke(3f));
        lines.setSeriesPaint(1, PRIOR);
        lines.setSeriesStroke(1, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {8f, 6f}, 0f));
        XYPlot plot = new XYPlot(data, new NumberAxis(parameter.path()), new NumberAxis("density"), lines);
        ((NumberAxis) plot.getDomainAxis()).setAutoRangeIncludesZero(false);
        String title = "Posterior of " + parameter.path();
        String subtitle = String.format(java.util.Locale.ROOT, "posterior mean %.4g, 90%% interval [%.4g, %.4g]; "
                + "prior: %s", posterior.mean(i), posterior.quantile(i, 0.05), posterior.quantile(i, 0.95),
                prior.description());
        JFreeChart chart = ChartStyle.chart(title, subtitle, plot, true);
        return ChartStyle.rendered("posterior-" + safe(parameter.path()) + ".png", title, "The posterior density of "
                + parameter.path() + " (solid) against its prior (dashed). " + subtitle, chart);
    }

    private static RenderedChart pair(Calibration c, Population prior, Population posterior, int i, int j)
            throws IOException {
        String a = c.parameters().get(i).path();
        String b = c.parameters().get(j).path();
        XYSeries pri = new XYSeries("prior (generation 0)");
        for (Population.Particle p : prior.particles()) {
            pri.add(p.values()[i], p.values()[j]);
        }
        XYSeries post = new XYSeries("posterior (generation " + posterior.generation() + ")");
        for (Population.Particle p : posterior.particles()) {
            post.add(p.values()[i], p.values()[j]);
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(pri);
        data.addSeries(post);
        XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
        dots.setSeriesPaint(0, ChartStyle.faded(PRIOR, 140));
        dots.setSeriesShape(0, new Ellipse2D.Double(-3, -3, 6, 6));
        dots.setSeriesPaint(1, ChartStyle.faded(ChartStyle.colour(0), 200));
        dots.setSeriesShape(1, new Ellipse2D.Double(-4, -4, 8, 8));
        NumberAxis x = new NumberAxis(a);
        x.setRange(c.parameters().get(i).prior().lower(), c.parameters().get(i).prior().upper());
        NumberAxis y = new NumberAxis(b);
        y.setRange(c.parameters().get(j).prior().lower(), c.parameters().get(j).prior().upper());
        XYPlot plot = new XYPlot(data, x, y, dots);
        String title = a + " against " + b;
        JFreeChart chart = ChartStyle.chart(title, "each dot a particle; the axes span the priors' ranges", plot, true);
        return ChartStyle.rendered("pair-" + safe(a) + "-" + safe(b) + ".png", title, "The posterior particles of "
                + a + " and " + b + " (blue) over the prior sample of generation 0 (grey).", chart);
    }

    private static RenderedChart predictive(Target target, List<Simulation> draws, int j) throws IOException {
        double[] values = draws.stream().filter(s -> !s.failed()).mapToDouble(s -> s.simulated()[j]).toArray();
        String name = target.metric().name();
        double low = target.observed() - 3 * target.sd();
        double high = target.observed() + 3 * target.sd();
        for (double v : values) {
            low = Math.min(low, v);
            high = Math.max(high, v);
        }
        double pad = (high - low) * 0.1;
        double[] x = grid(low - pad, high + pad);
        double[] weights = new double[values.length];
        java.util.Arrays.fill(weights, 1);
        double[] density = values.length < 2 ? new double[x.length] : Kde.density(values, weights, x);
        XYSeries series = new XYSeries("the calibrated model (" + values.length + " draws)");
        for (int k = 0; k < x.length; k++) {
            series.add(x[k], density[k]);
        }
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        lines.setSeriesPaint(0, ChartStyle.colour(0));
        lines.setSeriesStroke(0, new BasicStroke(3f));
        XYPlot plot = new XYPlot(new XYSeriesCollection(series), new NumberAxis(name + " (" + target.metric().unit()
                + ")"), new NumberAxis("density"), lines);
        ((NumberAxis) plot.getDomainAxis()).setAutoRangeIncludesZero(false);
        IntervalMarker band = new IntervalMarker(target.observed() - target.sd(), target.observed() + target.sd(),
                ChartStyle.faded(ChartStyle.colour(1), 50));
        plot.addDomainMarker(band);
        ValueMarker observed = new ValueMarker(target.observed(), ChartStyle.colour(1), new BasicStroke(3f));
        observed.setLabel("observed");
        observed.setLabelFont(ChartStyle.LABEL);
        observed.setLabelBackgroundColor(Color.WHITE);
        observed.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
        observed.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.TOP_LEFT);
        observed.setLabelOffset(new org.jfree.chart.ui.RectangleInsets(12, 6, 6, 6));
        plot.addDomainMarker(observed);
        long below = java.util.Arrays.stream(values).filter(v -> v <= target.observed()).count();
        String subtitle = String.format(java.util.Locale.ROOT, "observed %.4g (%s; band: ±1 sd); %d of %d draws at "
                + "or below it", target.observed(), target.uncertainty(), below, values.length);
        String title = "Posterior predictive check: " + name;
        JFreeChart chart = ChartStyle.chart(title, subtitle, plot, true);
        return ChartStyle.rendered("predictive-" + safe(name) + ".png", title, "The distribution of " + name
                + " in the calibrated model, rerun on fresh seeds at parameters drawn from the posterior, against the "
                + "hospital's figure. " + subtitle, chart);
    }

    private static double[] grid(double low, double high) {
        double[] x = new double[GRID];
        for (int k = 0; k < GRID; k++) {
            x[k] = low + (high - low) * k / (GRID - 1);
        }
        return x;
    }

    private static String safe(String path) {
        return path.replaceAll("[^A-Za-z0-9_-]", "-");
    }
}
