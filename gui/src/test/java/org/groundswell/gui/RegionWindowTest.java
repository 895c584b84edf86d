package org.groundswell.gui;

import java.awt.Component;
import java.awt.Container;
import java.awt.Rectangle;
import java.awt.event.MouseEvent;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JComboBox;
import javax.swing.JTable;
import javax.swing.SwingUtilities;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.groundswell.model.DayLog;
import org.groundswell.model.Lockstep;
import org.groundswell.model.metrics.Metrics;
import org.groundswell.scenarios.ScenarioLoader;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** A region in the window: the chooser of the hospital on show and the table of its hospitals. */
class RegionWindowTest {

    private static final List<String> MEMBERS = List.of("hub", "north", "south", "east");
    private Classroom.Session session;

    @BeforeAll
    static void needsADisplay() {
        String why = "RegionWindowTest skipped: no display to open the window on (DISPLAY="
                + System.getenv("DISPLAY") + "); run the build under 'xvfb-run -a' to include it";
        if (!Classroom.displayAvailable()) {
            System.err.println(why);
        }
        assumeTrue(Classroom.displayAvailable(), why);
    }

    @AfterEach
    void close() throws Exception {
        if (session != null) {
            session.close();
        }
    }

    /** Opens {@code scenario} beside partnership and plays {@code days} days through the Console. */
    private void open(String scenario, int days) throws Exception {
        session = Classroom.open(ScenarioLoader.load(scenario,
                List.of("warmupDays=5", "days=15", "strategy=top-down", "seed=3")), "partnership", 25);
        SwingUtilities.invokeAndWait(() -> {
            session.console().pressPause();
            session.console().setNumStepsPerStepButtonPress(days);
            session.console().pressPlay();
        });
        SwingUtilities.invokeAndWait(() -> { }); // the days handed to the window are shown
    }

    @Test
    void aRegionShowsAChooserOfItsHospitalsAndATableOfThemAndTheRegion() throws Exception {
        open("regional-care-system", 20); // the whole run: its last day is drawn at once
        RegionPanel region = session.gui().region();
        assertNotNull(region);
        SwingUtilities.invokeAndWait(() -> {
            JComboBox<String> chooser = region.chooser();
            List<String> items = new ArrayList<>();
            for (int i = 0; i < chooser.getItemCount(); i++) {
                items.add(chooser.getItemAt(i));
            }
            assertEquals(MEMBERS, items);
            assertEquals(0, chooser.getSelectedIndex());
            assertTrue(region.isShowing(), "the panel is in the window");

            JTable table = region.table();
            assertEquals(MEMBERS.size() + 1, table.getRowCount());
            assertEquals("Region (4 hospitals)", table.getValueAt(0, 0));
            for (int h = 0; h < MEMBERS.size(); h++) {
                assertEquals(MEMBERS.get(h), table.getValueAt(h + 1, 0));
            }
            assertTrue(rendered(table, 1, 0).contains("on show"), rendered(table, 1, 0));
            assertFalse(rendered(table, 2, 0).contains("on show"), rendered(table, 2, 0));
        });
        Lockstep run = session.gui().lockstep();
        HospitalsTable figures = region.figures();
        for (int s = 0; s < 2; s++) {
            for (int h = 0; h < MEMBERS.size(); h++) {
                DayLog log = run.memberLogs(s).get(h);
                for (int c = 0; c < HospitalsTable.COLUMNS.size(); c++) {
                    double figure = figures.figures(h + 1, c)[s];
                    assertFalse(Double.isNaN(figure), MEMBERS.get(h) + " " + HospitalsTable.COLUMNS.get(c));
                }
                assertEquals(log.latest().value(Metrics.BURNOUT_RATE), figures.figures(h + 1, 1)[s], 1e-12);
            }
            assertEquals(run.regionLog(s).latest().value(Metrics.BANK_SHARE), figures.figures(0, 5)[s], 1e-12,
                    "the first row is the region's pooled figures");
        }
    }

    @Test
    void choosingAnotherHospitalShowsItsUnitsItsDaysAndMarksItInTheTable() throws Exception {
        open("regional-care-system", 12);
        GroundswellWithUI gui = session.gui();
        Lockstep run = gui.lockstep();
        List<String> hubUnits = gui.views()[0].unitNames();
        assertEquals(List.of("ed", "icu", "step-down", "cardiology", "medicine", "surgery"), hubUnits);

        SwingUtilities.invokeAndWait(() -> gui.region().chooser().setSelectedIndex(1));
        assertEquals(1, run.shown());
        assertEquals(12, run.daysSimulated(), "nothing is run again");
        for (int i = 0; i < 2; i++) {
            assertEquals(List.of("ed", "ward"), gui.views()[i].unitNames());
            assertTrue(run.hospitals().get(i) == run.regions().get(i).members().get(1));
        }
        SwingUtilities.invokeAndWait(() -> {
            for (int i = 0; i < 2; i++) {
                assertEquals(run.memberLogs(i).get(1).latest().value(Metrics.BURNOUT_RATE),
                        gui.charts().last(2, i), 1e-12, "the charts draw north's days");
                XYSeries line = ((XYSeriesCollection) gui.charts().feltPlot().getDataset()).getSeries(i);
                int drawn = line.getItemCount();
                assertTrue(drawn > 0 && drawn <= 12, "north's days only: " + drawn);
                for (int d = 1; d < line.getItemCount(); d++) {
                    assertTrue(line.getX(d).doubleValue() > line.getX(d - 1).doubleValue(), "each day once, in order");
                }
            }
            assertEquals(1, gui.region().figures().shown());
            assertTrue(rendered(gui.region().table(), 2, 0).contains("on show"));
        });

        SwingUtilities.invokeAndWait(() -> {
            JTable table = gui.region().table();
            Rectangle east = table.getCellRect(4, 0, true);
            table.dispatchEvent(new MouseEvent(table, MouseEvent.MOUSE_CLICKED, System.currentTimeMillis(), 0,
                    east.x + 5, east.y + 5, 1, false, MouseEvent.BUTTON1));
        });
        assertEquals(3, run.shown(), "clicking a hospital's row shows it");
        assertEquals(List.of("ed", "ward", "maternity"), gui.views()[0].unitNames());
        assertNotEquals(hubUnits, gui.views()[1].unitNames());

        SwingUtilities.invokeAndWait(() -> {
            session.console().pressStop();
            session.console().setNumStepsPerStepButtonPress(2);
            session.console().pressPlay();
        });
        assertEquals(3, run.shown(), "a new run shows the hospital chosen");
        assertEquals(List.of("ed", "ward", "maternity"), gui.views()[0].unitNames());
    }

    @Test
    void aSingleHospitalHasNoChooserAndNoTable() throws Exception {
        open("community-hospital", 3);
        assertNull(session.gui().region());
        assertTrue(session.gui().lockstep().memberNames().isEmpty());
        SwingUtilities.invokeAndWait(() -> {
            List<Component> all = new ArrayList<>();
            collect(session.gui().window().getContentPane(), all);
            assertTrue(all.stream().noneMatch(c -> c instanceof RegionPanel || c instanceof JTable));
            long choosers = all.stream().filter(c -> c instanceof JComboBox).count();
            assertEquals(1, choosers, "only the felt chart's drop-down");
        });
    }

    /** The text the table draws in a cell. */
    private static String rendered(JTable table, int row, int column) {
        Component c = table.prepareRenderer(table.getCellRenderer(row, column), row, column);
        return ((javax.swing.JLabel) c).getText();
    }

    private static void collect(Container container, List<Component> into) {
        for (Component c : container.getComponents()) {
            into.add(c);
            if (c instanceof Container inner) {
                collect(inner, into);
            }
        }
    }
}
