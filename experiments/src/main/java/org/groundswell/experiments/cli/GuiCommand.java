package org.groundswell.experiments.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;

import org.groundswell.gui.Classroom;
import org.groundswell.model.change.Strategies;
import org.groundswell.scenarios.Scenario;
import org.groundswell.scenarios.ScenarioException;
import org.groundswell.scenarios.ScenarioLoader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code groundswell gui}: the live teaching window (MASON's Console, the hospital on screen, live charts),
 * for one strategy or two side by side; or, with {@code --snapshot}, a PNG of the window after a whole run.
 */
@Command(name = "gui",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        header = "Watch a hospital day by day, or two strategies side by side, in a window.",
        description = {
            "",
            "Opens MASON's Console and the Groundswell window: each hospital drawn unit by unit, every person "
                + "coloured by exhaustion, the ties between them by relational coordination, the practices each "
                + "unit has in place; live charts of harm, cost per patient-day, burnout, adoption and "
                + "relational coordination; a day counter with its calendar and a speed control. Press play in "
                + "the Console. Its Model tab holds the parameters of the next run (strategy, patients per "
                + "nurse, initial RC, psychological safety, blame, the partnership's switches...); its seed "
                + "field is the hospitals' seed. Click a person or a unit to inspect it.",
            "With --compare the same hospital and seed run under two strategies in lock-step, always on the "
                + "same day. A hospital in the window gives the same results as 'groundswell run' with the same "
                + "scenario and seed.",
            "Needs a display. Where there is none (a server, CI), --snapshot works on a virtual one: "
                + "xvfb-run -a groundswell gui ... --snapshot FILE.png",
            ""
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCodes.DONE_HELP, ExitCodes.INTERNAL_ERROR_HELP,
            "2:bad input: usage, scenario, parameter, or no display to open the window on"},
        footerHeading = "%nExamples:%n",
        footer = {
            "  groundswell gui --scenario cardiac-unit-crisis --compare top-down,partnership",
            "      The cardiac unit's crisis under two strategies, side by side.",
            "  groundswell gui --set staffing.patientsPerNurse=6 --speed 10",
            "      The default hospital, short-staffed, ten days a second.",
            "  xvfb-run -a groundswell gui --days 365 --snapshot gui.png",
            "      A year of the default hospital at full speed, then a PNG of the window."
        })
public final class GuiCommand implements Callable<Integer> {

    /** How long a --snapshot run may take. */
    private static final Duration SNAPSHOT_TIMEOUT = Duration.ofMinutes(30);

    @Spec
    private CommandSpec spec;

    @Mixin
    private ScenarioOptions scenario;

    @Option(names = "--compare", paramLabel = "A,B", split = ",", hideParamSyntax = true,
            completionCandidates = CompareCommand.StrategyIds.class,
            description = "Two strategies to run side by side on the same hospital and seed, e.g. "
                    + "top-down,partnership (${COMPLETION-CANDIDATES}). Default: one hospital, under the "
                    + "scenario's strategy.")
    private List<String> compare;

    @Mixin
    private SeedOption seed;

    @Option(names = "--speed", paramLabel = "DAYS_PER_SECOND", defaultValue = "25",
            description = "Days per second to play at: 1, 2, 5, 10, 25, 50, 100, or 0 for as fast as it goes; "
                    + "the window's slider changes it. Default: ${DEFAULT-VALUE}.")
    private int speed;

    @Option(names = "--snapshot", paramLabel = "FILE.png",
            description = "Play the whole run (warm-up and strategy period) as fast as possible, write a PNG of "
                    + "the window as it stands after the last day, and exit. Default: keep the window open.")
    private Path snapshot;

    @Override
    public Integer call() throws ScenarioException, IOException, InterruptedException, TimeoutException {
        List<String> pair = checkedCompare();
        if (!List.of(1, 2, 5, 10, 25, 50, 100, 0).contains(speed)) {
            throw usage("--speed " + speed + ": one of 1, 2, 5, 10, 25, 50, 100, or 0 for as fast as it goes");
        }
        if (snapshot != null && !snapshot.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".png")) {
            throw usage("--snapshot " + snapshot + ": a file name ending in .png");
        }
        Scenario resolved = ScenarioLoader.load(scenario.scenario(),
                scenario.sets(seed.value(), pair == null ? null : "strategy=" + pair.get(0)));
        String versus = pair == null ? null : pair.get(1);

        // The command line runs headless (its charts need no display); the window needs one.
        System.setProperty("java.awt.headless", "false");
        PrintWriter err = spec.commandLine().getErr();
        if (!Classroom.displayAvailable()) {
            err.println("error: the window needs a display, and there is none here (DISPLAY is "
                    + (System.getenv("DISPLAY") == null ? "not set" : "'" + System.getenv("DISPLAY") + "'")
                    + "). On a machine without a screen, run it under a virtual one: xvfb-run -a groundswell gui ...");
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        if (snapshot != null) {
            BufferedImage image = Classroom.snapshot(resolved, versus, snapshot, SNAPSHOT_TIMEOUT);
            PrintWriter out = spec.commandLine().getOut();
            out.println("Wrote " + snapshot + " (" + image.getWidth() + " x " + image.getHeight() + " pixels): "
                    + resolved.name() + ", seed " + resolved.parameters().seed() + ", "
                    + (versus == null ? resolved.parameters().strategy()
                            : resolved.parameters().strategy() + " and " + versus)
                    + ", after day " + (resolved.parameters().days() - 1) + ".");
            out.flush();
            return ExitCodes.DONE;
        }
        Classroom.Session session = Classroom.open(resolved, versus, speed);
        session.awaitClosed();
        return ExitCodes.DONE;
    }

    /** The two strategies of --compare, checked; null without it. */
    private List<String> checkedCompare() {
        if (compare == null) {
            return null;
        }
        List<String> ids = compare.stream().map(String::strip).toList();
        if (ids.size() != 2) {
            throw usage("--compare " + String.join(",", compare) + ": two strategies separated by a comma, e.g. "
                    + "top-down,partnership");
        }
        for (String id : ids) {
            if (!Strategies.isKnown(id)) {
                throw usage("--compare " + id + ": " + CompareCommand.StrategyIds.unknown(id));
            }
        }
        return ids;
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
