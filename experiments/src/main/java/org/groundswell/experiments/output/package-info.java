/**
 * The files a run writes: {@code timeseries.csv}, {@code units.csv}, {@code patients.csv},
 * {@code summary.json} and {@code charts/*.png}, and the atomic output directory they are written into; and
 * what every command's files share: the CSV dialect ({@link org.groundswell.experiments.output.Csv}), the
 * number format ({@link org.groundswell.experiments.output.Numbers}) and the headline metrics
 * ({@link org.groundswell.experiments.output.Headlines}).
 *
 * <p>Writers read metric names, units and descriptions from the model's registry
 * ({@link org.groundswell.model.metrics.Metrics}); none of them knows a metric by heart except the charts, the
 * summary table and the headlines, which pick a few to show. Daily results are streamed to disk through
 * {@link org.groundswell.model.RunListener}s as the run goes; only the handful of series the charts draw are
 * kept in memory. Numbers are written by {@link org.groundswell.experiments.output.Numbers}, so the same
 * scenario and seed give byte-identical CSV and JSON files.
 *
 * <p>Depends on the model, the scenarios module, Commons CSV, Jackson and JFreeChart; knows nothing of the
 * command line.
 */
package org.groundswell.experiments.output;
