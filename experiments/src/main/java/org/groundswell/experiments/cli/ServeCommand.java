package org.groundswell.experiments.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.groundswell.web.ClassroomServer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code groundswell serve}: the classroom in the browser. Starts the web server, prints its address, and
 * serves until interrupted; it starts nothing else (no browser, no run until a page asks for one).
 */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        header = "The classroom in a browser: watch two strategies side by side, or run a class's hospital.",
        description = {
            "",
            "Starts a small web server and prints its address. Open it in a browser: pick a scenario and two "
                + "strategies (the same seed for both), play, pause, step and set the speed; each hospital is "
                + "drawn unit by unit, its staff coloured by exhaustion and the ties between them by relational "
                + "coordination, with live charts of harm, cost, burnout, adoption and RC. Sliders change the "
                + "parameters of the next run, checked as --set checks them; an intervention (huddles, "
                + "staffing stabilization, a staff bank...) can be started mid-run in either hospital.",
            "Class mode (/projector.html): the teacher opens a room and students join from their own browsers "
                + "with its code (/class.html), each taking a unit manager's or a frontline seat and making the "
                + "decisions the model otherwise draws, within a time limit; the projector shows the class's "
                + "hospital beside the same hospital under the model's own decisions, and exports the report.",
            "Each browser tab has a run of its own. The page and its charts are served from the jar, so it "
                + "works offline. It listens on 127.0.0.1 (this machine only) unless --host says otherwise; "
                + "--host 0.0.0.0 lets the laptops of a class on the same network open it. Ctrl-C stops it.",
            ""
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCodes.DONE_HELP, ExitCodes.INTERNAL_ERROR_HELP,
            "2:bad input: usage, or the port is taken"},
        footerHeading = "%nExamples:%n",
        footer = {
            "  groundswell serve",
            "      Serve on http://127.0.0.1:7070/.",
            "  groundswell serve --host 0.0.0.0 --port 8080",
            "      Serve a classroom's network on port 8080."
        })
public final class ServeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = ClassroomServer.Options.DEFAULT_HOST,
            description = "The address to listen on: 127.0.0.1 for this machine only, 0.0.0.0 for every network "
                    + "it is on. Default: ${DEFAULT-VALUE}.")
    private String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + ClassroomServer.Options.DEFAULT_PORT,
            description = "The port, or 0 for any free one. Default: ${DEFAULT-VALUE}.")
    private int port;

    @Option(names = "--max-sessions", paramLabel = "N", defaultValue = "" + ClassroomServer.Options.DEFAULT_MAX_SESSIONS,
            description = "The most runs held at once (one per browser tab). Default: ${DEFAULT-VALUE}.")
    private int maxSessions;

    @Option(names = "--idle-minutes", paramLabel = "MINUTES", defaultValue = "30",
            description = "Minutes after which a run or class room nobody watches is dropped. Default: ${DEFAULT-VALUE}.")
    private int idleMinutes;

    @Option(names = "--max-rooms", paramLabel = "N", defaultValue = "" + ClassroomServer.Options.DEFAULT_MAX_ROOMS,
            description = "The most class rooms open at once. Default: ${DEFAULT-VALUE}.")
    private int maxRooms;

    @Option(names = "--max-students", paramLabel = "N", defaultValue = "" + ClassroomServer.Options.DEFAULT_MAX_STUDENTS,
            description = "The most students in one class room. Default: ${DEFAULT-VALUE}.")
    private int maxStudents;

    @Override
    public Integer call() throws InterruptedException {
        try {
            Class.forName("io.javalin.Javalin", false, ServeCommand.class.getClassLoader());
            Class.forName("org.groundswell.web.ClassroomServer", false, ServeCommand.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("error: this jar has no web server (the Spark jar leaves it out); run serve from "
                    + "groundswell.jar: ./groundswell serve");
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        return Serving.serve(spec, new Serving.Request(host, port, maxSessions, idleMinutes, maxRooms, maxStudents));
    }

    /**
     * The part that touches the web server, in a class of its own, loaded only once the server's classes are
     * known to be there.
     */
    private static final class Serving {

        record Request(String host, int port, int maxSessions, int idleMinutes, int maxRooms, int maxStudents) {
        }

        static int serve(CommandSpec spec, Request request) throws InterruptedException {
            String host = request.host();
            int port = request.port();
            ClassroomServer.Options options;
            try {
                options = new ClassroomServer.Options(host, port, request.maxSessions(),
                        Duration.ofMinutes(request.idleMinutes()), request.maxRooms(), request.maxStudents());
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            ClassroomServer server;
            try {
                server = ClassroomServer.start(options, org.groundswell.experiments.compare.ClassReport::render);
            } catch (RuntimeException e) {
                PrintWriter err = spec.commandLine().getErr();
                err.println("error: could not listen on " + host + ":" + port + ": " + rootMessage(e)
                        + " (another server on that port? try --port 0 for any free one)");
                err.flush();
                return ExitCodes.BAD_INPUT;
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("Groundswell classroom: " + server.url() + "  (Ctrl-C stops it)");
            out.flush();
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                stopped.countDown();
            }, "groundswell-serve-stop"));
            stopped.await();
            return ExitCodes.DONE;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
