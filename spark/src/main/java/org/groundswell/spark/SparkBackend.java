package org.groundswell.spark;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.spark.SparkConf;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.groundswell.experiments.execution.Backend;
import org.groundswell.experiments.execution.ResultSink;
import org.groundswell.experiments.execution.RunGroup;
import org.groundswell.experiments.execution.RunResult;
import org.groundswell.experiments.execution.RunSpec;

import scala.reflect.ClassTag;
import scala.reflect.ClassTag$;
import scala.runtime.AbstractFunction1;
import scala.runtime.AbstractFunction2;
import scala.runtime.BoxedUnit;

/**
 * Runs specs as Spark jobs: {@code --backend spark} of {@code compare} and {@code sweep}. The driver reads the
 * specs lazily and cuts them into {@linkplain RunGroup#groups warm-up groups}; groups go into slices of about
 * {@value #RUNS_PER_SLICE} runs, and slices into jobs of {@value #SLICES_PER_CORE} slices per core of the cluster,
 * one slice per RDD partition, so that the work balances across executors. Executors run each group with
 * {@link RunGroup#run} — the code the local backend runs, on the same specs, so a result is the same on any
 * executor. As each partition finishes, its results come back to the driver and go to the sink, on the calling
 * thread: a sweep's {@code runs.csv} grows while the job runs. {@value #JOBS_IN_FLIGHT} jobs are in flight at a
 * time, so that the next job's tasks take the cores the last one's stragglers leave free, and memory stays flat
 * however many runs there are.
 *
 * <p>Failures. A run that fails (its group throws, or returns a failed result) fails its task, and Spark runs the
 * task again, up to {@code spark.task.maxFailures} attempts ({@code local[N,F]}: F; plain {@code local[N]}: one).
 * On the last attempt the failure is kept instead: the run is passed on as failed, with its error, as the local
 * backend passes it. A job that Spark gives up on for another reason (executors lost again and again, the context
 * stopped) ends {@link #run} with an exception; what finished before is already in the sink.
 *
 * {@snippet :
 * try (Backend backend = SparkBackend.start(new SparkConf().setMaster("local[2]").setAppName("sweep"))) {
 *     backend.run(specs, result -> runsCsv.append(result));
 * }
 * }
 */
public final class SparkBackend implements Backend {

    /**
     * Runs per slice (one RDD partition) in a full job, in whole warm-up groups: enough work to outweigh a task's
     * overhead on a cluster.
     */
    static final int RUNS_PER_SLICE = 8;
    /** Slices per core of the cluster in each job: enough to even out slow and fast slices. */
    static final int SLICES_PER_CORE = 2;
    /** Jobs submitted at a time. */
    static final int JOBS_IN_FLIGHT = 2;
    /**
     * Runs per job at most when runs keep their daily values (a comparison): about 200 kB each, so a job sends
     * back at most about 200 MB, well inside {@code spark.driver.maxResultSize} (1 GB by default).
     */
    static final int MAX_RUNS_PER_JOB_WITH_DAYS = 1_000;

    /** {@code local}, {@code local[N]}, {@code local[*]} or {@code local[N,F]}. */
    private static final Pattern LOCAL = Pattern.compile("local(\\[\\s*(\\d+|\\*)\\s*(,\\s*(\\d+)\\s*)?])?");

    private final JavaSparkContext spark;
    private final boolean owned;
    private final GroupRunner runner;
    private final int attempts;

    private SparkBackend(JavaSparkContext spark, boolean owned, GroupRunner runner) {
        this.spark = spark;
        this.owned = owned;
        this.runner = runner;
        this.attempts = attempts(spark.getConf());
    }

    /**
     * A backend on a Spark context of its own, made from {@code conf}, and stopped by {@link #close()}.
     *
     * @param conf the Spark configuration: master, application name, … ({@code new SparkConf()} reads what
     *             {@code spark-submit} passes)
     * @return the backend
     */
    public static SparkBackend start(SparkConf conf) {
        return new SparkBackend(new JavaSparkContext(conf), true, new WarmUpAndBranch());
    }

    /**
     * A backend on a running Spark context, which {@link #close()} leaves running.
     *
     * @param spark the context
     * @return the backend
     */
    public static SparkBackend on(JavaSparkContext spark) {
        return new SparkBackend(spark, false, new WarmUpAndBranch());
    }

    /** A backend whose executors run groups with {@code runner} instead of {@link RunGroup#run}: for tests. */
    static SparkBackend on(JavaSparkContext spark, GroupRunner runner) {
        return new SparkBackend(spark, false, runner);
    }

    @Override
    public String name() {
        return "spark";
    }

    @Override
    public String description() {
        int cores = spark.defaultParallelism();
        return "spark at " + spark.master() + ", " + cores + " core" + (cores == 1 ? "" : "s");
    }

    @Override
    public void run(Iterator<RunSpec> specs, ResultSink sink) throws IOException, InterruptedException {
        Iterator<List<RunSpec>> groups = RunGroup.groups(specs);
        BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        String jobGroup = "groundswell-" + UUID.randomUUID();
        ExecutorService submitters = Executors.newFixedThreadPool(JOBS_IN_FLIGHT, daemonThreads());
        int inFlight = 0;
        try {
            while (true) {
                while (inFlight < JOBS_IN_FLIGHT && groups.hasNext()) {
                    List<Slice> job = nextJob(groups);
                    submitters.execute(() -> runJob(jobGroup, job, events));
                    inFlight++;
                }
                if (inFlight == 0) {
                    return;
                }
                Event event = events.take();
                if (event instanceof Finished finished) {
                    for (RunResult result : finished.results()) {
                        sink.accept(result);
                    }
                } else if (event instanceof JobEnded ended) {
                    inFlight--;
                    if (ended.failure() != null) {
                        throw new IllegalStateException("a Spark job of runs failed, and Spark gave up on it: "
                                + ended.failure().getMessage(), ended.failure());
                    }
                }
            }
        } finally {
            if (inFlight > 0) {
                spark.sc().cancelJobGroup(jobGroup);
            }
            submitters.shutdownNow();
        }
    }

    /**
     * The next job: up to {@value #SLICES_PER_CORE} slices per core of about {@value #RUNS_PER_SLICE} runs each,
     * in whole groups. When fewer groups are left, they are spread over as many slices as there are groups, up to
     * that number, so that the last job too keeps every core busy.
     */
    private List<Slice> nextJob(Iterator<List<RunSpec>> groups) {
        int slices = Math.max(1, spark.defaultParallelism()) * SLICES_PER_CORE;
        int maxRuns = slices * RUNS_PER_SLICE;
        List<List<RunSpec>> taken = new ArrayList<>();
        int runs = 0;
        while (groups.hasNext() && runs < maxRuns) {
            List<RunSpec> group = groups.next();
            if (group.get(0).recordDays()) {
                maxRuns = Math.min(maxRuns, MAX_RUNS_PER_JOB_WITH_DAYS);
            }
            taken.add(group);
            runs += group.size();
        }
        int count = Math.min(slices, taken.size());
        List<Slice> job = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int from = i * taken.size() / count;
            int to = (i + 1) * taken.size() / count;
            job.add(new Slice(List.copyOf(taken.subList(from, to))));
        }
        return job;
    }

    /** On a submitting thread: runs one job, one slice per partition, and reports each partition as it ends. */
    private void runJob(String jobGroup, List<Slice> job, BlockingQueue<Event> events) {
        Throwable failure = null;
        try {
            spark.setJobGroup(jobGroup, "Groundswell: " + job.stream().mapToInt(Slice::runs).sum() + " runs", true);
            JavaRDD<Slice> slices = spark.parallelize(job, job.size());
            spark.sc().runJob(slices.rdd(), new RunSlices(runner, attempts), new Deliver(events), resultTag());
        } catch (Throwable t) {
            failure = t;
        }
        events.add(new JobEnded(failure));
    }

    /** Stops the Spark context if this backend started it. */
    @Override
    public void close() {
        if (owned) {
            spark.stop();
        }
    }

    /**
     * Attempts of a task before Spark gives up on it, as Spark's scheduler counts them: {@code F} for a master
     * {@code local[N,F]}, one for any other local master, and {@code spark.task.maxFailures} (4 by default) on a
     * cluster.
     */
    static int attempts(SparkConf conf) {
        Matcher local = LOCAL.matcher(conf.get("spark.master", "local").strip());
        if (local.matches()) {
            return local.group(4) == null ? 1 : Math.max(1, Integer.parseInt(local.group(4)));
        }
        return Math.max(1, conf.getInt("spark.task.maxFailures", 4));
    }

    @SuppressWarnings("unchecked")
    private static ClassTag<ArrayList<RunResult>> resultTag() {
        return (ClassTag<ArrayList<RunResult>>) (ClassTag<?>) ClassTag$.MODULE$.apply(ArrayList.class);
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread t = new Thread(task, "groundswell-spark-job-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** What executors do with a warm-up group; {@link RunGroup#run} but in tests. */
    @FunctionalInterface
    interface GroupRunner extends Serializable {

        List<RunResult> run(List<RunSpec> group);
    }

    /** {@link RunGroup#run}: warm up once, branch into each strategy. */
    private static final class WarmUpAndBranch implements GroupRunner {

        private static final long serialVersionUID = 1L;

        @Override
        public List<RunResult> run(List<RunSpec> group) {
            return RunGroup.run(group);
        }
    }

    /** The groups of one partition. */
    record Slice(List<List<RunSpec>> groups) implements Serializable {

        private static final long serialVersionUID = 1L;

        int runs() {
            return groups.stream().mapToInt(List::size).sum();
        }
    }

    /**
     * On an executor: runs a partition's groups. A failed run fails the task, so that Spark tries it again,
     * except on the last attempt Spark allows, which keeps the failure as the run's result.
     */
    private static final class RunSlices
            extends AbstractFunction1<scala.collection.Iterator<Slice>, ArrayList<RunResult>> implements Serializable {

        private static final long serialVersionUID = 1L;

        private final GroupRunner runner;
        private final int attempts;

        RunSlices(GroupRunner runner, int attempts) {
            this.runner = runner;
            this.attempts = attempts;
        }

        @Override
        public ArrayList<RunResult> apply(scala.collection.Iterator<Slice> partition) {
            int attempt = TaskContext.get().attemptNumber() + 1;
            boolean last = attempt >= attempts;
            ArrayList<RunResult> results = new ArrayList<>();
            while (partition.hasNext()) {
                for (List<RunSpec> group : partition.next().groups()) {
                    List<RunResult> done;
                    try {
                        done = runner.run(group);
                    } catch (RuntimeException | Error e) {
                        // An Error too (a stack overflow, memory running out): reported as a RunFailedException,
                        // it fails the task without taking the executor down, as Spark does with an Error that
                        // leaves a task (or has one among its causes).
                        RunResult failed = RunResult.failed(group.get(0), e);
                        if (!last) {
                            throw new RunFailedException(failed, attempt, attempts, e);
                        }
                        done = group.stream().map(spec -> RunResult.failed(spec, e)).toList();
                    }
                    if (!last) {
                        for (RunResult result : done) {
                            if (result.failed()) {
                                throw new RunFailedException(result, attempt, attempts, null);
                            }
                        }
                    }
                    results.addAll(done);
                }
            }
            return results;
        }
    }

    /** A run failed on an attempt that Spark may repeat: fails the task, so that Spark runs it again. */
    static final class RunFailedException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        /**
         * @param failure what the run threw, or null if it returned a failed result: its stack trace becomes this
         *                exception's (not its cause, which Spark would search for fatal errors)
         */
        RunFailedException(RunResult result, int attempt, int attempts, Throwable failure) {
            super("run " + result.spec().runId() + " failed on attempt " + attempt + " of " + attempts + ", to be "
                    + "tried again: " + result.error());
            if (failure != null) {
                setStackTrace(failure.getStackTrace());
            }
        }
    }

    /** On the driver, as each partition ends: queues its results for the calling thread. */
    private static final class Deliver extends AbstractFunction2<Object, ArrayList<RunResult>, BoxedUnit> {

        private final BlockingQueue<Event> events;

        Deliver(BlockingQueue<Event> events) {
            this.events = events;
        }

        @Override
        public BoxedUnit apply(Object partition, ArrayList<RunResult> results) {
            events.add(new Finished(results));
            return BoxedUnit.UNIT;
        }
    }

    private sealed interface Event permits Finished, JobEnded {
    }

    /** A partition's results. */
    private record Finished(List<RunResult> results) implements Event {
    }

    /** A job is over: done, or failed with {@code failure}. */
    private record JobEnded(Throwable failure) implements Event {
    }
}
