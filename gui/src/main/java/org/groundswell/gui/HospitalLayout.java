package org.groundswell.gui;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.groundswell.model.Hospital;
import org.groundswell.model.coordination.StaffNetwork;

/**
 * Where a hospital is drawn: each unit a region of a grid, with its name and figures in a band at the top
 * and its practices in a band at the bottom, and its people placed in the rest on a sunflower spiral
 * (Vogel 1979, "A better way to construct the sunflower head", Mathematical Biosciences 44:179): the unit
 * manager in the middle, then the physicians whose home unit it is, then the frontline staff by role. The
 * layout is a pure function of the hospital's structure, so it uses no random numbers and a view looks the
 * same on every run.
 */
public final class HospitalLayout {

    /** Who a node of the staff network is. */
    public enum Kind {
        /** A frontline position (nurse, assistant, pharmacist, technician, environmental services). */
        FRONTLINE,
        /** A physician, drawn on the first unit they round on. */
        PHYSICIAN,
        /** A unit manager. */
        MANAGER
    }

    /** Height of a region's top band: the unit's name and figures. */
    static final double LABEL_BAND = 44;
    /** Height of a region's bottom band: one square per problem type. */
    static final double PRACTICE_BAND = 16;
    private static final double GAP = 8;
    private static final double PADDING = 7;
    private static final double GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

    private final double width;
    private final double height;
    private final Rectangle2D.Double[] regions;
    private final double[] x;
    private final double[] y;

    private HospitalLayout(double width, double height, Rectangle2D.Double[] regions, double[] x, double[] y) {
        this.width = width;
        this.height = height;
        this.regions = regions;
        this.x = x;
        this.y = y;
    }

    /**
     * The kind of node {@code i} of {@code hospital}'s network: the network lists the frontline positions
     * first, then the physicians, then one manager per unit ({@link StaffNetwork}).
     */
    public static Kind kind(Hospital hospital, int i) {
        int positions = hospital.workforce().positions();
        int managersFrom = hospital.coordination().network().nodes() - hospital.units().size();
        return i < positions ? Kind.FRONTLINE : i < managersFrom ? Kind.PHYSICIAN : Kind.MANAGER;
    }

    /** The layout of {@code hospital} in a field of {@code width} × {@code height}. */
    public static HospitalLayout of(Hospital hospital, double width, double height) {
        StaffNetwork network = hospital.coordination().network();
        int[] unit = new int[network.nodes()];
        int[] rank = new int[network.nodes()];
        for (int i = 0; i < unit.length; i++) {
            unit[i] = network.unitOf(i);
            rank[i] = switch (kind(hospital, i)) {
                case MANAGER -> 0;
                case PHYSICIAN -> 1;
                case FRONTLINE -> 2 + network.roleOf(i);
            };
        }
        return of(hospital.units().size(), unit, rank, width, height);
    }

    /**
     * The layout of {@code units} units and the nodes whose units are {@code nodeUnit}, placed from the middle
     * of their unit outwards in order of {@code rank}, then of index.
     */
    static HospitalLayout of(int units, int[] nodeUnit, int[] rank, double width, double height) {
        int columns = columns(units, width, height);
        int rows = (units + columns - 1) / columns;
        double cellWidth = width / columns;
        double cellHeight = height / rows;
        Rectangle2D.Double[] regions = new Rectangle2D.Double[units];
        for (int u = 0; u < units; u++) {
            int column = u % columns;
            int row = u / columns;
            regions[u] = new Rectangle2D.Double(column * cellWidth + GAP / 2, row * cellHeight + GAP / 2,
                    cellWidth - GAP, cellHeight - GAP);
        }
        List<List<Integer>> members = new ArrayList<>();
        for (int u = 0; u < units; u++) {
            members.add(new ArrayList<>());
        }
        for (int i = 0; i < nodeUnit.length; i++) {
            members.get(nodeUnit[i]).add(i);
        }
        double[] x = new double[nodeUnit.length];
        double[] y = new double[nodeUnit.length];
        for (int u = 0; u < units; u++) {
            List<Integer> people = members.get(u);
            people.sort(Comparator.<Integer>comparingInt(i -> rank[i]).thenComparingInt(i -> i));
            Rectangle2D.Double area = peopleArea(regions[u]);
            double cx = area.getCenterX();
            double cy = area.getCenterY();
            int m = people.size();
            for (int k = 0; k < m; k++) {
                double r = Math.sqrt((k + 0.5) / m);
                double angle = k * GOLDEN_ANGLE;
                x[people.get(k)] = cx + r * Math.cos(angle) * area.width / 2;
                y[people.get(k)] = cy + r * Math.sin(angle) * area.height / 2;
            }
        }
        return new HospitalLayout(width, height, regions, x, y);
    }

    /** The number of columns whose cells come closest to square while leaving few cells empty. */
    private static int columns(int units, double width, double height) {
        int best = 1;
        double bestScore = -1;
        for (int columns = 1; columns <= units; columns++) {
            int rows = (units + columns - 1) / columns;
            double w = width / columns;
            double h = height / rows;
            double score = Math.min(w / h, h / w) * units / (rows * columns);
            if (score > bestScore + 1e-9) {
                best = columns;
                bestScore = score;
            }
        }
        return best;
    }

    /** The part of a region where its people are drawn: between the bands, inside a padding. */
    static Rectangle2D.Double peopleArea(Rectangle2D.Double region) {
        return new Rectangle2D.Double(region.x + PADDING, region.y + LABEL_BAND,
                Math.max(1, region.width - 2 * PADDING), Math.max(1, region.height - LABEL_BAND - PRACTICE_BAND));
    }

    /** Width of the field. */
    public double width() {
        return width;
    }

    /** Height of the field. */
    public double height() {
        return height;
    }

    /** The region of unit {@code u} (a copy). */
    public Rectangle2D.Double region(int u) {
        return (Rectangle2D.Double) regions[u].clone();
    }

    /** Horizontal position of node {@code i}. */
    public double x(int i) {
        return x[i];
    }

    /** Vertical position of node {@code i}. */
    public double y(int i) {
        return y[i];
    }
}
