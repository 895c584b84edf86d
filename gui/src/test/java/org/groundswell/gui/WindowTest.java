package org.groundswell.gui;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import javax.swing.SwingUtilities;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.groundswell.model.Lockstep;
import org.groundswell.model.Hospital;
import org.groundswell.model.RunListener;
import org.groundswell.model.change.Strategies;
import org.groundswell.model.metrics.DayRecord;
import org.groundswell.scenarios.Scenario;
import org.groundswell.scenarios.ScenarioLoader;

import sim.display.Display2D;
import sim.portrayal.LocationWrapper;
import sim.util.Bag;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The window driven as a user drives it, through MASON's Console, on the Swing event thread. */
class WindowTest {

    private static final int DAYS = 12;
    private Classroom.Session session;

    @BeforeAll
    static void needsADisplay() {
        String why = "WindowTest skipped: no display to open the window on (DISPLAY=" + System.getenv("DISPLAY")
                + "); run the build under 'xvfb-run -a' to include it";
        if (!Classroom.displayAvailable()) {
            System.err.println(why);
        }
        assumeTrue(Classroom.displayAvailable(), why);
    }

    @BeforeEach
    void open() throws Exception {
        Scenario scenario = ScenarioLoader.load("community-hospital",
                List.of("warmupDays=5", "days=20", "strategy=top-down", "seed=11"));
        session = Classroom.open(scenario, "partnership", 25);
        SwingUtilities.invokeAndWait(() -> {
            session.console().pressPause();
            session.console().setNumStepsPerStepButtonPress(DAYS);
            session.console().pressPlay();
        });
    }

    @AfterEach
    void close() throws Exception {
        session.close();
    }

    @Test
    void theConsoleStepsBothHospitalsTogetherAndTheyMatchHeadlessRuns() throws Exception {
        Lockstep run = session.gui().lockstep();
        assertEquals(DAYS, run.daysSimulated());
        for (int i = 0; i < 2; i++) {
            assertEquals(DAYS, run.logs().get(i).size());
            assertEquals(run.day(), run.hospitals().get(i).day());
            List<DayRecord> headless = new ArrayList<>();
            Hospital alone = new Hospital(run.hospitals().get(i).parameters(), false);
            alone.addListener(new RunListener() {
                @Override
                public void onDay(DayRecord day) {
                    headless.add(day);
                }
            });
            alone.start();
            for (int d = 0; d < DAYS; d++) {
                alone.schedule.step(alone);
            }
            for (int d = 0; d < DAYS; d++) {
                assertArrayEquals(headless.get(d).values(), run.logs().get(i).all().get(d).values());
            }
        }
    }

    @Test
    void stoppingAndPlayingAgainRunsTheModelTabsParameters() throws Exception {
        EditableParameters controls = session.gui().controls();
        controls.setVersus(org.groundswell.model.change.Strategies.ids().indexOf("frontline"));
        controls.setPatientsPerNurse(6);
        Lockstep run = session.gui().lockstep();
        assertEquals("partnership", run.hospitals().get(1).parameters().strategy(), "the run under way is untouched");
        SwingUtilities.invokeAndWait(() -> {
            session.console().pressStop();
            session.console().pressPause();
            session.console().setNumStepsPerStepButtonPress(3);
            session.console().pressPlay();
        });
        assertEquals(3, run.daysSimulated());
        assertEquals("frontline", run.hospitals().get(1).parameters().strategy());
        assertEquals(6.0, run.hospitals().get(0).parameters().staffing().patientsPerNurse());
        assertEquals(6.0, run.hospitals().get(1).parameters().staffing().patientsPerNurse());
        assertEquals(3, run.logs().get(1).size(), "the new run's days only");
    }

    @Test
    void clickingAPersonInspectsThePersonAndTheirUnit() throws Exception {
        List<String> names = new ArrayList<>();
        SwingUtilities.invokeAndWait(() -> {
            Display2D display = session.gui().views()[0].display();
            Point2D.Double person = find(display);
            assertNotNull(person, "somewhere on the view is a person");
            Bag[] hit = display.objectsHitBy(person);
            for (Bag layer : hit) {
                for (int k = 0; k < layer.numObjs; k++) {
                    names.add(String.valueOf(((LocationWrapper) layer.objs[k]).getObject()));
                }
            }
            display.createInspectors(new Rectangle2D.Double(person.x, person.y, 1, 1), session.gui());
            assertTrue(session.console().getAllInspectors().size() >= 2, "the Console shows the inspectors");
        });
        assertTrue(names.stream().anyMatch(n -> n.startsWith("unit ")), names.toString());
        assertTrue(names.stream().anyMatch(n -> n.contains(" #")), names.toString());
    }

    @Test
    void theConsolesModelTabRefusesAValueOutOfRangeAndSaysWhy() throws Exception {
        EditableParameters controls = session.gui().controls();
        double before = controls.getPatientsPerNurse();
        SwingUtilities.invokeAndWait(() -> {
            sim.util.Properties properties = modelTab(session.console().getModelInspector());
            for (int i = 0; i < properties.numProperties(); i++) {
                if (properties.getName(i).equals("PatientsPerNurse")) {
                    properties.setValue(i, "40");
                }
            }
        });
        assertEquals(before, controls.getPatientsPerNurse(), "the value in force is kept");
        assertEquals("staffing.patientsPerNurse = 40: a number from 1 to 12", session.gui().lastRejection());
        SwingUtilities.invokeAndWait(() -> {
            // the message is shown in a dialog; close it
            for (java.awt.Window w : java.awt.Window.getWindows()) {
                if (w instanceof javax.swing.JDialog) {
                    w.dispose();
                }
            }
        });
    }

    /** The properties behind the Console's Model tab (MASON keeps them package-private). */
    private static sim.util.Properties modelTab(sim.portrayal.Inspector inspector) {
        try {
            java.lang.reflect.Field f = sim.portrayal.SimpleInspector.class.getDeclaredField("properties");
            f.setAccessible(true);
            return (sim.util.Properties) f.get(inspector);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** A point of the display's drawing area where a person is, or null. */
    private static Point2D.Double find(Display2D display) {
        int w = display.insideDisplay.getWidth();
        int h = display.insideDisplay.getHeight();
        for (int y = 60; y < h; y += 3) {
            for (int x = 20; x < w; x += 3) {
                Point2D.Double p = new Point2D.Double(x, y);
                Bag[] hit = display.objectsHitBy(p);
                if (hit.length == 3 && hit[2].numObjs > 0) {
                    return p;
                }
            }
        }
        return null;
    }
}
