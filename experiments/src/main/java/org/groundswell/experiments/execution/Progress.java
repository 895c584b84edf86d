package org.groundswell.experiments.execution;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * How long work tells the user how far it has got, on standard error: on a terminal a one-line progress bar
 * with the rate and the time left (me.tongfei's {@code progressbar}); otherwise — a pipe, a log file, a CI job,
 * a test — a plain line at every tenth of the way and at least every {@value #LINE_SECONDS} seconds, which
 * reads well in a log.
 */
public interface Progress extends AutoCloseable {

    /** Seconds between plain progress lines at most. */
    int LINE_SECONDS = 10;

    /**
     * One more run done.
     *
     * @param failed whether it failed
     */
    void step(boolean failed);

    /** The work is over (or abandoned): finishes the bar or prints the last line. Closing twice does nothing. */
    @Override
    void close();

    /**
     * A progress report suited to where standard error goes.
     *
     * @param task     what is being done, e.g. {@code compare}
     * @param total    runs to do
     * @param err      where plain lines go when there is no terminal
     * @param terminal whether to draw a bar on {@link System#err}: pass {@code System.console() != null}
     * @return the progress report
     */
    static Progress of(String task, long total, PrintWriter err, boolean terminal) {
        return terminal ? new Bar(task, total) : new Lines(task, total, err);
    }

    /** A progress bar redrawn in place. */
    final class Bar implements Progress {

        private final ProgressBar bar;
        private long failed;
        private boolean closed;

        Bar(String task, long total) {
            bar = new ProgressBarBuilder()
                    .setTaskName(task)
                    .setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setUnit(" runs", 1)
                    .setUpdateIntervalMillis(250)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err))
                    .build();
        }

        @Override
        public void step(boolean failedRun) {
            if (failedRun) {
                failed++;
                bar.setExtraMessage(failed + " failed");
            }
            bar.step();
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                bar.close();
            }
        }
    }

    /** Plain lines: "compare: 12/30 runs (40%), 3 s, about 5 s left". */
    final class Lines implements Progress {

        private final String task;
        private final long total;
        private final PrintWriter err;
        private final long start = System.nanoTime();
        private long lastLine = start;
        private long done;
        private long failed;
        private long lastTenth;
        private boolean closed;

        Lines(String task, long total, PrintWriter err) {
            this.task = task;
            this.total = total;
            this.err = err;
        }

        @Override
        public void step(boolean failedRun) {
            done++;
            if (failedRun) {
                failed++;
            }
            long tenth = total == 0 ? 10 : done * 10 / total;
            long now = System.nanoTime();
            if (done < total && (tenth > lastTenth || now - lastLine >= Duration.ofSeconds(LINE_SECONDS).toNanos())) {
                lastTenth = tenth;
                lastLine = now;
                double elapsed = (now - start) / 1e9;
                double left = elapsed / done * (total - done);
                err.println(String.format(Locale.ROOT, "%s: %d/%d runs (%d%%)%s, %s, about %s left", task, done,
                        total, done * 100 / total, failures(), seconds(elapsed), seconds(left)));
                err.flush();
            }
        }

        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            double elapsed = (System.nanoTime() - start) / 1e9;
            err.println(String.format(Locale.ROOT, "%s: %d/%d runs%s in %s", task, done, total, failures(),
                    seconds(elapsed)));
            err.flush();
        }

        private String failures() {
            return failed == 0 ? "" : ", " + failed + " failed";
        }

        private static String seconds(double s) {
            if (s < 10) {
                return String.format(Locale.ROOT, "%.1f s", s);
            }
            if (s < 120) {
                return String.format(Locale.ROOT, "%.0f s", s);
            }
            return String.format(Locale.ROOT, "%d min %02d s", (long) s / 60, (long) s % 60);
        }
    }
}
