package org.groundswell.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.SwingUtilities;

import org.groundswell.scenarios.Scenario;
import org.groundswell.scenarios.ScenarioLoader;
import org.junit.jupiter.api.Test;

import sim.display.Console;

/**
 * The teaching window starts quietly: MASON's Console reads Groundswell's list for its New Simulation menu,
 * which names none of MASON's demos, so it no longer loads the Java3D ones and warns that Java3D is missing.
 */
class ConsoleStartTest {

    @Test
    void theConsoleReadsGroundswellsSimulationListWhichLoadsNoDemoClass() throws IOException {
        URL list = Console.class.getResource("simulation.classes");
        assertNotNull(list, "a simulation.classes beside sim.display.Console");
        assertFalse(list.toString().contains("mason"), "Groundswell's list comes first, not MASON's: " + list);
        String text;
        try (InputStream in = list.openStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> entries = text.lines().map(l -> l.replaceAll("#.*", "").strip()).filter(l -> !l.isEmpty())
                .toList();
        assertEquals(List.of("ONLY"), entries, "no class for MASON to load, and none to type in");
    }

    @Test
    void openingTheWindowPrintsNoWarningAndDisablesTheMenuOfOtherSimulations() throws Exception {
        assumeTrue(Classroom.displayAvailable(), "no display: run under 'xvfb-run -a' to include this test");
        Scenario scenario = ScenarioLoader.load("community-hospital", List.of("warmupDays=5", "days=10"));
        PrintStream before = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Classroom.Session session;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            session = Classroom.open(scenario, "partnership", 25);
        } finally {
            System.setErr(before);
        }
        try {
            String printed = err.toString(StandardCharsets.UTF_8);
            assertFalse(printed.contains("Java3D"), printed);
            assertFalse(printed.contains("WARNING"), printed);
            AtomicBoolean newEnabled = new AtomicBoolean(true);
            SwingUtilities.invokeAndWait(() -> {
                JMenu file = session.console().getJMenuBar().getMenu(0);
                for (int i = 0; i < file.getItemCount(); i++) {
                    JMenuItem item = file.getItem(i);
                    if (item != null && item.getText().startsWith("New Simulation")) {
                        newEnabled.set(item.isEnabled());
                    }
                }
            });
            assertFalse(newEnabled.get(), "New Simulation offers nothing, so it is off");
        } finally {
            session.close();
        }
    }
}
