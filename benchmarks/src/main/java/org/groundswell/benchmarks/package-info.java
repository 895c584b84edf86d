/**
 * JMH benchmarks of the model and of the experiments' local runs. Each class answers one question, stated in
 * its header next to its baseline: {@link org.groundswell.benchmarks.StrategyBenchmark} (a day and a run of the
 * default hospital per strategy), {@link org.groundswell.benchmarks.ScalingBenchmark} (growth with size, in
 * time and heap), {@link org.groundswell.benchmarks.BareKernelBenchmark} (against a bare MASON model,
 * {@link org.groundswell.benchmarks.BareKernel}), {@link org.groundswell.benchmarks.SweepBenchmark} (runs per
 * second through the local backend) and {@link org.groundswell.benchmarks.CompareBenchmark} (the default
 * comparison). Depends on the model, the scenarios and the experiments. Run with
 * {@code java -jar benchmarks/target/benchmarks.jar}; see {@code benchmarks/README.md}.
 */
package org.groundswell.benchmarks;
