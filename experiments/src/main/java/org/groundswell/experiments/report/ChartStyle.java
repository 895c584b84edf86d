package org.groundswell.experiments.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;

/**
 * The look shared by the charts of comparisons and sweeps (the same as a run's charts): white background,
 * light grid, sans-serif type, a colour-blind-safe palette (Okabe &amp; Ito 2008), legend below, 1000 × 600
 * pixels. Strategy i always gets colour i, so a strategy keeps its colour from chart to chart.
 */
public final class ChartStyle {

    /** Width in pixels. */
    public static final int WIDTH = 1000;
    /** Height in pixels. */
    public static final int HEIGHT = 600;

    /** Okabe &amp; Ito's colour-blind-safe palette (Color Universal Design, 2008), black left out. */
    private static final Color[] PALETTE = {new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73),
            new Color(0xCC79A7), new Color(0xE69F00), new Color(0x56B4E9), new Color(0xF0E442)};

    /** Fonts. */
    public static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 20);
    /** Fonts. */
    public static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    /** Fonts. */
    public static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    /** Fonts. */
    public static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    private ChartStyle() {
    }

    /** How many distinct colours the palette has before it repeats. */
    public static int paletteSize() {
        return PALETTE.length;
    }

    /** Colour {@code i} of the palette, repeating. */
    public static Color colour(int i) {
        return PALETTE[Math.floorMod(i, PALETTE.length)];
    }

    /** The same colour, with transparency {@code alpha} (0–255). */
    public static Color faded(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    /** A chart around {@code plot}, styled, with a subtitle. */
    public static JFreeChart chart(String title, String subtitle, XYPlot plot, boolean legend) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdddddd));
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        plot.setOutlinePaint(new Color(0x999999));
        axis(plot.getDomainAxis());
        axis(plot.getRangeAxis());
        JFreeChart chart = new JFreeChart(title, TITLE, plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.addSubtitle(new TextTitle(subtitle, SUBTITLE));
        LegendTitle l = chart.getLegend();
        if (l != null) {
            l.setItemFont(LABEL);
            l.setPosition(RectangleEdge.BOTTOM);
        }
        return chart;
    }

    /** Styles an axis's fonts. */
    public static void axis(ValueAxis axis) {
        axis.setLabelFont(LABEL);
        axis.setTickLabelFont(TICK);
    }

    /**
     * The chart as an {@code <svg>} element (Apache Batik's SVG generator), {@link #WIDTH} × {@link #HEIGHT} in
     * its view box and without a fixed size, so that it scales to the page. Its definitions (clip paths,
     * gradients) are named after {@code id}, so that several charts inline in one page do not collide, and
     * nothing in it depends on the time: the same chart gives the same text.
     *
     * @param id an XML id, unique in the page: letters, digits, '-' and '_'
     */
    public static String svg(JFreeChart chart, String id) {
        try {
            org.w3c.dom.Document document = javax.xml.parsers.DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder().getDOMImplementation()
                    .createDocument(SVG_NAMESPACE, "svg", null);
            org.apache.batik.svggen.SVGGeneratorContext context =
                    org.apache.batik.svggen.SVGGeneratorContext.createDefault(document);
            context.setComment(null);
            context.setEmbeddedFontsOn(false);
            context.setIDGenerator(new org.apache.batik.svggen.SVGIDGenerator() {
                @Override
                public String generateID(String prefix) {
                    return super.generateID(id + "-" + prefix);
                }
            });
            org.apache.batik.svggen.SVGGraphics2D g2 = new org.apache.batik.svggen.SVGGraphics2D(context, false);
            g2.setSVGCanvasSize(new java.awt.Dimension(WIDTH, HEIGHT));
            chart.draw(g2, new Rectangle(0, 0, WIDTH, HEIGHT));
            org.w3c.dom.Element root = g2.getRoot();
            root.removeAttribute("width");
            root.removeAttribute("height");
            root.setAttribute("viewBox", "0 0 " + WIDTH + " " + HEIGHT);
            root.setAttribute("id", id);
            java.io.StringWriter out = new java.io.StringWriter();
            g2.stream(root, out, true, false);
            String text = out.toString();
            int start = text.indexOf("<svg");
            return start > 0 ? text.substring(start) : text;
        } catch (javax.xml.parsers.ParserConfigurationException | org.apache.batik.svggen.SVGGraphics2DIOException e) {
            throw new IllegalStateException("the chart could not be drawn as SVG", e);
        }
    }

    private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";

    /**
     * A chart drawn both to PNG and to SVG, for a report that embeds the SVG and writes the PNG beside it.
     *
     * @param file the PNG's file name, ending in {@code .png}; the SVG's id is made from it
     */
    public static RenderedChart rendered(String file, String title, String alt, JFreeChart chart)
            throws IOException {
        String id = "chart-" + file.replaceAll("\\.png$", "").replaceAll("[^A-Za-z0-9_-]", "-");
        return new RenderedChart(file, title, alt, png(chart), svg(chart, id));
    }

    /** The chart as PNG bytes, {@link #WIDTH} × {@link #HEIGHT}. */
    public static byte[] png(JFreeChart chart) throws IOException {
        BufferedImage image = chart.createBufferedImage(WIDTH, HEIGHT);
        return ChartUtils.encodeAsPNG(image);
    }
}
