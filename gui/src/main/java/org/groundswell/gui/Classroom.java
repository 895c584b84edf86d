package org.groundswell.gui;

import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.swing.SwingUtilities;

import org.groundswell.scenarios.Scenario;

import sim.display.Console;

/**
 * Opens the teaching window: MASON's Console around a {@link GroundswellWithUI}, built on the Swing event
 * thread (MASON's Console deadlocks against Swing's tree lock when driven from another thread).
 *
 * {@snippet :
 * Classroom.Session session = Classroom.open(ScenarioLoader.load("community-hospital"), "partnership");
 * session.awaitClosed();   // until the user closes the Console
 * }
 */
public final class Classroom {

    /** Size of the Console beside the window, room for the inspectors. */
    private static final int CONSOLE_WIDTH = 420;
    private static final int CONSOLE_HEIGHT = 760;

    private Classroom() {
    }

    /** A window that is open: its GUI and Console. */
    public static final class Session {
        private final GroundswellWithUI gui;
        private final Console console;

        private Session(GroundswellWithUI gui, Console console) {
            this.gui = gui;
            this.console = console;
        }

        /** The GUI. */
        public GroundswellWithUI gui() {
            return gui;
        }

        /** MASON's Console. */
        public Console console() {
            return console;
        }

        /** Presses play, on the event thread. */
        public void play() {
            SwingUtilities.invokeLater(console::pressPlay);
        }

        /** Waits until the user closes the Console or the window. */
        public void awaitClosed() throws InterruptedException {
            gui.awaitQuit();
        }

        /**
         * Stops the run and closes the windows without ending the program (MASON's own close quits the JVM
         * when the last Console goes).
         */
        public void close() throws InterruptedException {
            onEventThreadAndWait(() -> {
                console.pressStop();
                gui.quit();
                console.dispose();
                Console.allControllers.remove(console);
            });
        }
    }

    /** Whether a window can be opened here: Java is not headless and the display answers. */
    public static boolean displayAvailable() {
        if (GraphicsEnvironment.isHeadless()) {
            return false;
        }
        try {
            return GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices().length > 0;
        } catch (java.awt.AWTError | java.awt.HeadlessException e) {
            return false;
        }
    }

    /**
     * Opens the window and the Console for {@code scenario} (and {@code versus} beside it, if not null),
     * ready to play, and returns at once.
     *
     * @param daysPerSecond the speed to start at: one of 1, 2, 5, 10, 25, 50, 100, or 0 for as fast as possible
     * @throws org.groundswell.model.param.ParameterException if {@code versus} is not a known strategy
     * @throws java.awt.HeadlessException if there is no display
     */
    public static Session open(Scenario scenario, String versus, int daysPerSecond) throws InterruptedException {
        return open(scenario, versus, daysPerSecond, true);
    }

    /**
     * As {@link #open(Scenario, String, int)}; {@code fitScreen} false keeps the window at its full size
     * ({@link ClassroomWindow#WIDTH} × {@link ClassroomWindow#HEIGHT}) even on a smaller screen, as a snapshot
     * needs.
     */
    static Session open(Scenario scenario, String versus, int daysPerSecond, boolean fitScreen)
            throws InterruptedException {
        GroundswellWithUI gui = new GroundswellWithUI(scenario, versus);
        gui.initialSpeed(daysPerSecond);
        Console[] console = new Console[1];
        onEventThreadAndWait(() -> {
            console[0] = new Console(gui);
            console[0].setIncrementSeedOnStop(false);
            gui.window().speed(daysPerSecond);
            console[0].setPlaySleep(ClassroomWindow.pauseMillis(daysPerSecond));
            if (fitScreen) {
                arrange(gui.window(), console[0]);
            }
            console[0].setVisible(true);
            gui.window().toFront();
        });
        return new Session(gui, console[0]);
    }

    /**
     * Opens the window, plays the whole run as fast as possible, writes a PNG of the window (views, legend,
     * charts and day counter) as it stands after the last day, and closes the window.
     *
     * @param timeout how long the run may take
     * @return the image written
     * @throws TimeoutException if the run did not finish in time
     * @throws IOException      if the file could not be written
     */
    public static BufferedImage snapshot(Scenario scenario, String versus, Path file, Duration timeout)
            throws IOException, InterruptedException, TimeoutException {
        Session session = open(scenario, versus, 0, false);
        CompletableFuture<BufferedImage> done = new CompletableFuture<>();
        session.gui().whenLastDayShown(() -> {
            try {
                BufferedImage image = Snapshot.image(session.gui().window().getContentPane());
                Snapshot.write(image, file);
                done.complete(image);
            } catch (IOException | RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        session.play();
        try {
            return done.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException("the snapshot failed", e.getCause());
        } finally {
            session.close();
        }
    }

    /**
     * Fits the window and the Console on the screen: the window at its full size if there is room, smaller
     * otherwise (its views rescale), and the Console beside it, or over its right edge on a narrow screen.
     */
    private static void arrange(java.awt.Window window, Console console) {
        java.awt.Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        int consoleWidth = Math.min(CONSOLE_WIDTH, screen.width / 3);
        int width = Math.min(ClassroomWindow.WIDTH, Math.max(screen.width - consoleWidth, screen.width * 2 / 3));
        int height = Math.min(ClassroomWindow.HEIGHT, screen.height);
        window.setBounds(screen.x, screen.y, width, height);
        int consoleX = Math.min(screen.x + width, screen.x + screen.width - consoleWidth);
        console.setBounds(consoleX, screen.y, consoleWidth, Math.min(CONSOLE_HEIGHT, screen.height));
    }

    private static void onEventThreadAndWait(Runnable action) throws InterruptedException {
        if (SwingUtilities.isEventDispatchThread()) {
            action.run();
            return;
        }
        try {
            SwingUtilities.invokeAndWait(action);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
