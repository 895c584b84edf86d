package org.groundswell.experiments.report;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultXYDataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChartStyleTest {

    private static JFreeChart chart(String title) {
        DefaultXYDataset data = new DefaultXYDataset();
        data.addSeries("a & <b>", new double[][] {{0, 1, 2}, {3, 1, 2}});
        return ChartStyle.chart(title, "subtitle", new XYPlot(data, new NumberAxis("x"), new NumberAxis("y"),
                new XYLineAndShapeRenderer()), true);
    }

    @Test
    void thePaletteHasSevenDistinctColours() {
        Set<Color> colours = new HashSet<>();
        for (int i = 0; i < ChartStyle.paletteSize(); i++) {
            colours.add(ChartStyle.colour(i));
        }
        assertEquals(7, colours.size());
        assertEquals(ChartStyle.colour(0), ChartStyle.colour(ChartStyle.paletteSize()), "then it repeats");
    }

    @Test
    void aChartAsSvgIsWellFormedXmlNamedAfterItsIdAndTheSameEachTime(@TempDir Path tmp) throws Exception {
        RenderedChart one = ChartStyle.rendered("timeseries-x.png", "Title <&>", "alt", chart("Title <&>"));
        RenderedChart two = ChartStyle.rendered("timeseries-x.png", "Title <&>", "alt", chart("Title <&>"));
        assertEquals(one.svg(), two.svg(), "no time or counter in the text");
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(one.svg().getBytes(StandardCharsets.UTF_8)));
        assertEquals("svg", doc.getDocumentElement().getTagName());
        assertEquals("chart-timeseries-x", doc.getDocumentElement().getAttribute("id"));
        assertTrue(one.svg().contains("Title &lt;&amp;&gt;"), "text escaped");
        assertEquals("", doc.getDocumentElement().getAttribute("width"), "scales to the page");
        assertEquals("0 0 1000 600", doc.getDocumentElement().getAttribute("viewBox"));
        List<Path> files = one.write(tmp);
        assertEquals(List.of("timeseries-x.png", "timeseries-x.svg"),
                files.stream().map(p -> p.getFileName().toString()).toList());
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(files.get(1).toFile());
        assertTrue(Files.size(files.get(0)) > 1000);
    }
}
