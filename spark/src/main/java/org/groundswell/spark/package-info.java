/**
 * The Spark backend of {@code compare} and {@code sweep} ({@code --backend spark}): runs go to a Spark cluster,
 * or to Spark in this process on {@code local[N]}, as jobs of warm-up groups, and come back to the same
 * {@code runs.csv} as the local backend writes
 * ({@link org.groundswell.spark.SparkBackend}; found by {@code Backends} through
 * {@link org.groundswell.spark.SparkBackendFactory}).
 *
 * <p>Depends on the experiments module and on Spark, which is {@code provided}: the module's application jar,
 * {@code groundswell-spark.jar}, bundles Groundswell and its libraries (those that Spark also ships relocated
 * under {@code org.groundswell.shaded}) but not Spark or Scala, which {@code spark-submit} puts on the
 * classpath. Nothing else depends on this module.
 */
package org.groundswell.spark;
