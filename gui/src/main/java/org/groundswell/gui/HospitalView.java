package org.groundswell.gui;

import java.awt.Color;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import javax.swing.JScrollPane;
import javax.swing.JViewport;
import javax.swing.SwingUtilities;

import org.groundswell.model.DayLog;
import org.groundswell.model.Hospital;
import org.groundswell.model.coordination.StaffNetwork;

import ec.util.MersenneTwisterFast;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.field.continuous.Continuous2D;
import sim.field.network.Network;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.portrayal.network.NetworkPortrayal2D;
import sim.portrayal.network.SpatialNetwork2D;
import sim.util.Double2D;

/**
 * One hospital on screen: a MASON {@link Display2D} with three layers — the units as labelled regions
 * ({@link UnitPortrayal}), the ties between people ({@link TiePortrayal}) and the people
 * ({@link PersonPortrayal}). The model keeps its network in primitive arrays; for drawing, each run builds a
 * MASON {@link Network} over {@link PersonView}s in a {@link Continuous2D} laid out by {@link HospitalLayout}.
 * A hospital has thousands of ties, too many to read, so at most {@link #MAX_TIES} are drawn: every tie that
 * crosses units (the paths along which practices travel) up to half of that, and a sample of the ties within
 * units for the rest, drawn with the GUI's own random generator, never the model's.
 */
final class HospitalView {

    /** The most ties drawn in one view. */
    static final int MAX_TIES = 1500;

    private final Display2D display;
    private final double width;
    private final double height;
    private final ContinuousPortrayal2D units = new ContinuousPortrayal2D();
    private final NetworkPortrayal2D ties = new NetworkPortrayal2D();
    private final ContinuousPortrayal2D people = new ContinuousPortrayal2D();
    private int tiesShown;
    private int tiesTotal;

    HospitalView(GUIState gui, int width, int height) {
        this.width = width;
        this.height = height;
        display = new HospitalDisplay(width, height, gui);
        display.display.setHorizontalScrollBarPolicy(JScrollPane.HORIZONTAL_SCROLLBAR_AS_NEEDED);
        display.display.setVerticalScrollBarPolicy(JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED);
        display.display.getViewport().addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                fit();
            }
        });
        display.setBackdrop(Color.WHITE);
        display.setClipping(false);
        // MASON inspects on a double click; a teacher clicks once. A single click inspects too.
        display.insideDisplay.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (SwingUtilities.isLeftMouseButton(e) && e.getClickCount() == 1) {
                    display.createInspectors(new Rectangle2D.Double(e.getX(), e.getY(), 1, 1), gui);
                }
            }
        });
        display.attach(units, "Units");
        display.attach(ties, "Ties (relational coordination)");
        display.attach(people, "People (exhaustion)");
    }

    /** Scales the drawing to the space the window gives it (the whole field visible, no scroll bars). */
    private void fit() {
        JViewport port = display.display.getViewport();
        double scale = Math.floor(Math.min(port.getWidth() / width, port.getHeight() / height) * 100) / 100;
        if (scale > 0 && Math.abs(scale - display.getScale()) > 1e-3) {
            display.setScale(scale);
        }
    }

    Display2D display() {
        return display;
    }

    /**
     * Shows {@code hospital}: lays it out and builds the fields the portrayals draw from.
     *
     * @param random the GUI's generator, for the sample of ties (seeded by the caller, so that two views of
     *               the same hospital under two strategies show the same ties)
     */
    void show(Hospital hospital, DayLog log, MersenneTwisterFast random) {
        HospitalLayout layout = HospitalLayout.of(hospital, width, height);
        Continuous2D unitField = new Continuous2D(Math.max(width, height), width, height);
        for (int u = 0; u < hospital.units().size(); u++) {
            UnitView view = new UnitView(hospital, u, log);
            unitField.setObjectLocation(view, new Double2D(layout.region(u).getCenterX(), layout.region(u).getCenterY()));
        }
        StaffNetwork network = hospital.coordination().network();
        Continuous2D peopleField = new Continuous2D(20, width, height);
        Network drawn = new Network(true);
        PersonView[] persons = new PersonView[network.nodes()];
        for (int i = 0; i < persons.length; i++) {
            persons[i] = new PersonView(hospital, i);
            peopleField.setObjectLocation(persons[i], new Double2D(layout.x(i), layout.y(i)));
            drawn.addNode(persons[i]);
        }
        int[] sample = sample(network, random);
        for (int e : sample) {
            PersonView a = persons[network.a(e)];
            PersonView b = persons[network.b(e)];
            drawn.addEdge(a, b, new TieView(hospital, e, a, b));
        }
        tiesShown = sample.length;
        tiesTotal = network.ties();

        units.setField(unitField);
        units.setPortrayalForAll(new UnitPortrayal(layout));
        ties.setField(new SpatialNetwork2D(peopleField, drawn));
        ties.setPortrayalForAll(new TiePortrayal());
        people.setField(peopleField);
        people.setPortrayalForAll(new PersonPortrayal());
        display.reset();
        display.repaint();
    }

    /** The ties drawn: the cross-unit ties up to half of {@link #MAX_TIES}, then ties within units. */
    static int[] sample(StaffNetwork network, MersenneTwisterFast random) {
        List<Integer> across = new ArrayList<>();
        List<Integer> within = new ArrayList<>();
        for (int e = 0; e < network.ties(); e++) {
            (network.crossUnit(e) ? across : within).add(e);
        }
        List<Integer> chosen = new ArrayList<>(pick(across, MAX_TIES / 2, random));
        chosen.addAll(pick(within, MAX_TIES - chosen.size(), random));
        return chosen.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    /** {@code n} of {@code from} chosen at random (all of them if there are no more), by a partial shuffle. */
    private static List<Integer> pick(List<Integer> from, int n, MersenneTwisterFast random) {
        List<Integer> pool = new ArrayList<>(from);
        int k = Math.min(n, pool.size());
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(pool.size() - i);
            Integer t = pool.get(i);
            pool.set(i, pool.get(j));
            pool.set(j, t);
        }
        return pool.subList(0, k);
    }

    /** The names of the units drawn, in the hospital's order (none before the first {@link #show}). */
    List<String> unitNames() {
        List<UnitView> drawn = new ArrayList<>();
        if (units.getField() instanceof Continuous2D field) {
            for (Object o : field.getAllObjects()) {
                drawn.add((UnitView) o);
            }
        }
        drawn.sort(java.util.Comparator.comparingInt(UnitView::index));
        return drawn.stream().map(UnitView::getName).toList();
    }

    /** Ties drawn. */
    int tiesShown() {
        return tiesShown;
    }

    /** Ties in the hospital. */
    int tiesTotal() {
        return tiesTotal;
    }
}
