package org.groundswell.spark;

import org.apache.spark.SparkConf;
import org.groundswell.experiments.execution.Backend;
import org.groundswell.experiments.execution.BackendFactory;
import org.groundswell.experiments.execution.Backends;

/**
 * {@code --backend spark}: a {@link SparkBackend} on a Spark context of its own, configured as
 * {@code spark-submit} says ({@code --master}, {@code --conf}, {@code spark-defaults.conf}), which reach it as
 * {@code spark.*} system properties. Where nothing names a master, Spark runs inside this process on
 * {@code local[T]}, T the command's {@code --threads}. Unless configured otherwise, Spark logs warnings and
 * errors only ({@code spark.log.level=WARN}) and draws no progress bar of its own, so that the command's own
 * progress reads on the console.
 *
 * <p>Listed in {@code META-INF/services}, so that {@link Backends} finds it when this module's jar is on the
 * classpath. Spark itself is not in the jar: {@code spark-submit} provides it.
 */
public final class SparkBackendFactory implements BackendFactory {

    @Override
    public String name() {
        return Backends.SPARK;
    }

    @Override
    public Backend create(int threads) throws Backends.UnavailableException {
        if (!sparkOnClasspath()) {
            throw new Backends.UnavailableException("--backend spark: Spark is not on the classpath: run the "
                    + "command with spark-submit (spark-submit --master local[" + threads + "] "
                    + "groundswell-spark.jar ...; see 'Running a sweep on a cluster' in README.md), or use "
                    + "--backend local (the default)");
        }
        return SparkBackend.start(conf(threads));
    }

    /** The configuration: what spark-submit passed, and defaults for what it did not. */
    static SparkConf conf(int threads) {
        return new SparkConf()
                .setIfMissing("spark.master", "local[" + threads + "]")
                .setIfMissing("spark.app.name", "Groundswell")
                .setIfMissing("spark.log.level", "WARN")
                .setIfMissing("spark.ui.showConsoleProgress", "false");
    }

    private static boolean sparkOnClasspath() {
        try {
            Class.forName("org.apache.spark.SparkContext", false, SparkBackendFactory.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
