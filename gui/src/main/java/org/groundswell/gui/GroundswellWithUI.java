package org.groundswell.gui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;
import javax.swing.Timer;

import org.groundswell.model.Lockstep;
import org.groundswell.model.metrics.DayRecord;
import org.groundswell.model.parameters.HospitalParameters;
import org.groundswell.scenarios.Scenario;

import sim.display.Console;
import sim.display.Controller;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.portrayal.Inspector;
import sim.portrayal.SimpleInspector;

/**
 * The GUI of Groundswell: MASON's {@link GUIState} around a {@link Lockstep} of one hospital, or two under
 * two strategies side by side; of a region, the member the user chooses ({@link RegionPanel}). It builds the
 * teaching window ({@link ClassroomWindow}: the views, the legend, the live charts, the day counter and the
 * speed control), gives the Console the parameters a teacher may change between runs
 * ({@link EditableParameters}, in the Console's Model tab), and after every day hands the new day's figures
 * to the window on the Swing event thread. It reads the hospitals and never changes them; the sample of ties
 * drawn comes from the GUI's own generator ({@code guirandom}), never the model's.
 */
public final class GroundswellWithUI extends GUIState {

    /** Shortest time between two redraws of the charts while playing. */
    private static final int REDRAW_MILLIS = 100;

    private final String scenarioName;
    private final EditableParameters controls;
    private final int hospitals;
    private final CountDownLatch closed = new CountDownLatch(1);

    private HospitalView[] views;
    private LiveCharts charts;
    private Legend legend;
    /** A region's chooser and table of hospitals; null for a single hospital. */
    private RegionPanel region;
    /** The member of a region the user chose to show, shown again by every run. */
    private int chosen;
    private ClassroomWindow window;
    /** Draws the days a throttled redraw left out once the days stop coming (a pause, a slow step). */
    private Timer catchUp;
    /** The strategies of the run shown (the Model tab may already name others for the next run). */
    private volatile List<String> shownNames = List.of();
    private int initialSpeed = 25;

    /** Which run the window shows; work queued for an earlier run is dropped. */
    private volatile int generation;
    private int[] published = new int[0];
    private long lastPublished;
    private boolean lastShown;
    private volatile Runnable onLastDay;
    private volatile String lastRejection;

    /**
     * @param scenario the scenario, with its strategy (the left view's)
     * @param versus   the strategy of a second hospital shown beside it, or null for one hospital
     * @throws org.groundswell.model.param.ParameterException if {@code versus} is not a known strategy
     */
    public GroundswellWithUI(Scenario scenario, String versus) {
        this(scenario.name(), new EditableParameters(scenario.parameters(), versus));
    }

    private GroundswellWithUI(String scenarioName, EditableParameters controls) {
        super(new Lockstep(controls.parameters(), controls.strategies()));
        this.scenarioName = scenarioName;
        this.controls = controls;
        this.hospitals = controls.strategies().size();
    }

    /** MASON calls this by reflection for the Console's title. */
    public static String getName() {
        return "Groundswell";
    }

    /** MASON calls this by reflection for the Console's About tab. */
    public static Object getInfo() {
        return Captions.about();
    }

    /** The parameters of the next run, for the Console's Model tab. */
    @Override
    public Object getSimulationInspectedObject() {
        return controls;
    }

    /** The Model tab: the editable parameters, whose rejected values are told to the user, not ignored. */
    @Override
    public Inspector getInspector() {
        Inspector inspector = new SimpleInspector(new CheckedProperties(controls, this::rejected), this,
                "Parameters of the next run");
        inspector.setVolatile(false);
        return inspector;
    }

    /** The parameters of the next run. */
    public EditableParameters controls() {
        return controls;
    }

    /** The hospitals of the current run. */
    public Lockstep lockstep() {
        return (Lockstep) state;
    }

    /** The teaching window (null before the Console has initialized this GUI). */
    ClassroomWindow window() {
        return window;
    }

    /** The message of the last value the Model tab refused, or null. */
    public String lastRejection() {
        return lastRejection;
    }

    /** Chooses the speed the window starts at, in days per second (0: as fast as possible). */
    void initialSpeed(int daysPerSecond) {
        initialSpeed = daysPerSecond;
    }

    /** Runs {@code action} on the Swing event thread once the window shows the last day of a run. */
    void whenLastDayShown(Runnable action) {
        onLastDay = action;
    }

    private void rejected(String message) {
        lastRejection = message;
        SwingUtilities.invokeLater(() -> JOptionPane.showMessageDialog(
                controller instanceof Console c ? c : window, message, "Value not allowed",
                JOptionPane.WARNING_MESSAGE));
    }

    @Override
    public void init(Controller c) {
        super.init(c);
        int viewWidth = (ClassroomWindow.WIDTH - ClassroomWindow.LEGEND_WIDTH) / hospitals - 26;
        int viewHeight = ClassroomWindow.HEIGHT - ClassroomWindow.CHARTS_HEIGHT - 64 - 28 - 40;
        HospitalParameters next = controls.parameters();
        if (next.region().hasHospitals()) {
            region = new RegionPanel(next.region().hospitals().stream().map(m -> m.name()).toList(),
                    controls.strategies(), this::showMember);
            viewHeight -= RegionPanel.HEIGHT;
        }
        views = new HospitalView[hospitals];
        for (int i = 0; i < hospitals; i++) {
            views[i] = new HospitalView(this, viewWidth, viewHeight);
        }
        charts = new LiveCharts(hospitals);
        legend = new Legend();
        window = new ClassroomWindow(views, charts, legend, this::speed, initialSpeed, region);
        catchUp = new Timer(REDRAW_MILLIS + 50, e -> redrawCharts(shownNames));
        catchUp.setRepeats(false);
        window.titles("Groundswell \u00b7 " + scenarioName, Captions.subtitle(next, controls.strategies(), chosen));
        captions(controls.strategies(), next, null);
        window.onClose(() -> {
            if (controller instanceof Console console) {
                console.doClose();
            } else {
                quit();
            }
        });
        c.registerFrame(window);
        window.setVisible(true);
        speed(initialSpeed);
    }

    /** Sets the Console's pause between days for {@code daysPerSecond} (0: none). */
    private void speed(int daysPerSecond) {
        if (controller instanceof Console console) {
            console.setPlaySleep(ClassroomWindow.pauseMillis(daysPerSecond));
        }
    }

    /**
     * Starts a run with the parameters of the Model tab: builds the hospitals, shows them, empties the charts
     * and watches the days.
     */
    @Override
    public void start() {
        lockstep().configure(controls.parameters(), controls.strategies());
        super.start();
        Lockstep run = lockstep();
        HospitalParameters p = run.running();
        if (region != null) {
            chosen = Math.min(chosen, run.memberNames().size() - 1);
            run.show(chosen);
        }
        generation++;
        published = new int[hospitals];
        lastPublished = 0;
        lastShown = false;
        showHospitals(run);
        List<String> names = run.strategies();
        shownNames = names;
        int shown = views[0].tiesShown();
        int total = views[0].tiesTotal();
        double cutoff = p.wellbeing().exhaustionCutoff();
        int first = -p.warmupDays();
        int last = p.days() - 1;
        int member = chosen;
        onEventThread(() -> {
            charts.reset(names, first, last);
            legend.update(cutoff, shown, total);
            window.titles("Groundswell \u00b7 " + scenarioName, Captions.subtitle(p, names, member));
            captions(names, p, null);
            if (region != null) {
                region.reset(run.memberNames(), names, member);
            }
            window.showDay(Calendar.day(first - 1, p.warmupDays()), Calendar.calendar(first - 1, p.warmupDays(), p.days()));
        });
        scheduleRepeatingImmediatelyAfter(state -> afterDay());
    }

    /** A checkpoint's hospitals are shown as they were; their history before it is not. */
    @Override
    public void load(SimState loaded) {
        super.load(loaded);
        Lockstep run = lockstep();
        generation++;
        published = new int[hospitals];
        lastShown = run.finished();
        showHospitals(run);
        HospitalParameters p = run.running();
        List<String> names = run.strategies();
        chosen = run.shown();
        onEventThread(() -> {
            charts.reset(names, -p.warmupDays(), p.days() - 1);
            if (region != null) {
                region.reset(run.memberNames(), names, run.shown());
            }
        });
        scheduleRepeatingImmediatelyAfter(state -> afterDay());
    }

    /** On the model thread, after each day: hands the new days to the window on the event thread. */
    private void afterDay() {
        Lockstep run = lockstep();
        List<List<DayRecord>> fresh = new ArrayList<>();
        for (int i = 0; i < hospitals && i < run.logs().size(); i++) {
            List<DayRecord> days = run.logs().get(i).since(published[i]);
            published[i] += days.size();
            fresh.add(days);
        }
        boolean last = run.finished() && !lastShown;
        lastShown |= last;
        if (!last && fresh.stream().allMatch(List::isEmpty)) {
            return;
        }
        long now = System.nanoTime();
        boolean redraw = last || now - lastPublished > TimeUnit.MILLISECONDS.toNanos(REDRAW_MILLIS);
        if (redraw) {
            lastPublished = now;
        }
        int day = run.day();
        HospitalParameters p = run.running();
        List<String> names = run.strategies();
        int queued = generation;
        SwingUtilities.invokeLater(() -> {
            if (queued != generation) {
                return;
            }
            for (int i = 0; i < fresh.size(); i++) {
                for (DayRecord record : fresh.get(i)) {
                    charts.add(i, record);
                }
            }
            if (redraw) {
                catchUp.stop();
                redrawCharts(names);
            } else {
                catchUp.restart();
            }
            window.showDay(Calendar.day(day, p.warmupDays()), Calendar.calendar(day, p.warmupDays(), p.days()));
            if (last) {
                for (HospitalView view : views) {
                    view.display().repaint();
                }
                Runnable action = onLastDay;
                if (action != null) {
                    action.run();
                }
            }
        });
    }

    /** Redraws the charts, the captions and a region's table with every day added so far (on the event thread). */
    private void redrawCharts(List<String> names) {
        charts.publish();
        captions(names, lockstep().running() == null ? controls.parameters() : lockstep().running(), charts);
        if (region != null) {
            region.refresh(lockstep());
        }
    }

    /** The caption of each view, for a run of {@code p}, with the last figures of {@code withFigures} if not null. */
    private void captions(List<String> names, HospitalParameters p, LiveCharts withFigures) {
        for (int i = 0; i < names.size() && i < hospitals; i++) {
            window.caption(i, Captions.caption(i, names.get(i), member(p), withFigures));
        }
    }

    /** Shows {@code run}'s hospitals in the views, the same ties drawn in each (the GUI's generator seeded alike). */
    private void showHospitals(Lockstep run) {
        for (int i = 0; i < Math.min(hospitals, run.hospitals().size()); i++) {
            guirandom.setSeed(run.running().seed());
            views[i].show(run.hospitals().get(i), run.logs().get(i), guirandom);
        }
    }

    /** The name of the member on show of a region under {@code p}, or null for a single hospital. */
    private String member(HospitalParameters p) {
        return p.region().hasHospitals() ? p.region().hospitals().get(chosen).name() : null;
    }

    /**
     * Shows member {@code member} of each strategy's region, on the event thread: the views are built anew (the
     * members have different units), the charts and captions are redrawn from its days so far, and a run under
     * way goes on. Before the first run, the member is the one the run shows from its start.
     */
    private void showMember(int member) {
        chosen = member;
        Lockstep run = lockstep();
        HospitalParameters p = run.running() == null ? controls.parameters() : run.running();
        window.titles("Groundswell \u00b7 " + scenarioName, Captions.subtitle(p, run.strategies(), member));
        region.showing(member);
        if (run.regions().isEmpty()) {
            captions(controls.strategies(), p, null);
            return;
        }
        synchronized (run.schedule) {
            // the model thread steps under this lock: no day is half shown, and none is handed on twice
            run.show(member);
            generation++;
            showHospitals(run);
            charts.reset(run.strategies(), -p.warmupDays(), p.days() - 1);
            for (int i = 0; i < hospitals; i++) {
                List<DayRecord> days = run.logs().get(i).all();
                published[i] = days.size();
                for (DayRecord record : days) {
                    charts.add(i, record);
                }
            }
        }
        legend.update(p.wellbeing().exhaustionCutoff(), views[0].tiesShown(), views[0].tiesTotal());
        redrawCharts(run.strategies());
    }

    private static void onEventThread(Runnable action) {
        if (SwingUtilities.isEventDispatchThread()) {
            action.run();
        } else {
            SwingUtilities.invokeLater(action);
        }
    }

    @Override
    public void quit() {
        super.quit();
        if (catchUp != null) {
            catchUp.stop();
        }
        if (window != null) {
            window.dispose();
        }
        if (views != null) {
            for (HospitalView view : views) {
                view.display().quit();
            }
        }
        closed.countDown();
    }

    /** Waits until the GUI has quit (the Console or the window was closed). */
    public void awaitQuit() throws InterruptedException {
        closed.await();
    }

    /** The live charts (null before the Console has initialized this GUI). */
    LiveCharts charts() {
        return charts;
    }

    /** A region's chooser and table of hospitals (null for a single hospital or before initialization). */
    RegionPanel region() {
        return region;
    }

    /** The hospital views, left to right (null before the Console has initialized this GUI). */
    HospitalView[] views() {
        return views;
    }
}
