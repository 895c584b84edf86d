package org.groundswell.gui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.GridLayout;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.Hashtable;
import java.util.function.IntConsumer;

import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSlider;
import javax.swing.SwingConstants;

/**
 * The teaching window: a header with the scenario, a large day counter with its calendar and the speed
 * control; the hospital views side by side, each under a caption in its strategy's colour; for a region, the
 * chooser of the hospital on show and the table of its hospitals under them; the legend; and the live charts
 * below. The Console lists it among its displays; closing it closes the Console.
 */
final class ClassroomWindow extends JFrame {

    private static final long serialVersionUID = 1L;

    /** Size of the window's content: what a snapshot captures. */
    static final int WIDTH = 1600;
    /** Size of the window's content: what a snapshot captures. */
    static final int HEIGHT = 1000;
    /** Height of the row of charts. */
    static final int CHARTS_HEIGHT = 330;
    /** Width of the legend. */
    static final int LEGEND_WIDTH = 230;

    /** The speeds offered, in days per second; 0 is as fast as the computer goes. */
    static final int[] SPEEDS = {1, 2, 5, 10, 25, 50, 100, 0};

    private final JLabel title = new JLabel();
    private final JLabel subtitle = new JLabel();
    private final JLabel day = new JLabel("Ready", SwingConstants.CENTER);
    private final JLabel calendar = new JLabel(" ", SwingConstants.CENTER);
    private final JLabel[] captions;
    private final JSlider speed;
    private final JLabel speedText = new JLabel();

    /**
     * @param views        the hospital views, left to right
     * @param charts       the live charts
     * @param legend       what the colours mean
     * @param onSpeed      told the days per second chosen (0: as fast as possible)
     * @param initialSpeed the days per second to start with, one of {@link #SPEEDS}
     * @param hospitals    a region's hospitals, shown under the views ({@link RegionPanel}), or null for one
     *                     hospital
     */
    ClassroomWindow(HospitalView[] views, LiveCharts charts, Legend legend, IntConsumer onSpeed, int initialSpeed,
            JComponent hospitals) {
        super("Groundswell");
        JPanel content = new JPanel(new BorderLayout());
        content.setBackground(Color.WHITE);
        content.setPreferredSize(new Dimension(WIDTH, HEIGHT));

        title.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 20));
        subtitle.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        JPanel names = new JPanel();
        names.setOpaque(false);
        names.setLayout(new BoxLayout(names, BoxLayout.Y_AXIS));
        names.add(title);
        names.add(subtitle);

        day.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 28));
        calendar.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        JPanel counter = new JPanel(new GridLayout(2, 1));
        counter.setOpaque(false);
        counter.add(day);
        counter.add(calendar);

        speed = new JSlider(0, SPEEDS.length - 1, speedIndex(initialSpeed));
        Hashtable<Integer, JLabel> labels = new Hashtable<>();
        for (int i = 0; i < SPEEDS.length; i++) {
            JLabel label = new JLabel(SPEEDS[i] == 0 ? "max" : Integer.toString(SPEEDS[i]));
            label.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
            labels.put(i, label);
        }
        speed.setLabelTable(labels);
        speed.setPaintLabels(true);
        speed.setSnapToTicks(true);
        speed.setMajorTickSpacing(1);
        speed.setPaintTicks(true);
        speed.setOpaque(false);
        speed.addChangeListener(e -> {
            showSpeed();
            if (!speed.getValueIsAdjusting()) {
                onSpeed.accept(SPEEDS[speed.getValue()]);
            }
        });
        speedText.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        speedText.setHorizontalAlignment(SwingConstants.CENTER);
        showSpeed();
        JPanel speedPanel = new JPanel(new BorderLayout());
        speedPanel.setOpaque(false);
        speedPanel.add(speedText, BorderLayout.NORTH);
        speedPanel.add(speed, BorderLayout.CENTER);

        JPanel header = new JPanel(new GridBagLayout());
        header.setBackground(new Color(0xf2f5f8));
        header.setBorder(BorderFactory.createEmptyBorder(6, 12, 6, 12));
        for (JPanel part : new JPanel[] {names, counter, speedPanel}) {
            part.setPreferredSize(new Dimension(10, 56));
        }
        header.add(names, cell(0, 0.42));
        header.add(counter, cell(1, 0.33));
        header.add(speedPanel, cell(2, 0.25));

        JPanel viewRow = new JPanel(new GridLayout(1, views.length, 6, 0));
        viewRow.setBackground(Color.WHITE);
        captions = new JLabel[views.length];
        for (int i = 0; i < views.length; i++) {
            captions[i] = new JLabel(" ");
            captions[i].setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
            captions[i].setBorder(BorderFactory.createEmptyBorder(3, 6, 3, 6));
            JPanel view = new JPanel(new BorderLayout());
            view.setBackground(Color.WHITE);
            view.setBorder(BorderFactory.createMatteBorder(0, 0, 0, 0, Color.WHITE));
            view.add(captions[i], BorderLayout.NORTH);
            view.add(views[i].display(), BorderLayout.CENTER);
            viewRow.add(view);
        }
        legend.setPreferredSize(new Dimension(LEGEND_WIDTH, 10));
        JPanel middle = new JPanel(new BorderLayout());
        middle.setBackground(Color.WHITE);
        if (hospitals == null) {
            middle.add(viewRow, BorderLayout.CENTER);
        } else {
            JPanel column = new JPanel(new BorderLayout());
            column.setBackground(Color.WHITE);
            column.add(viewRow, BorderLayout.CENTER);
            column.add(hospitals, BorderLayout.SOUTH);
            middle.add(column, BorderLayout.CENTER);
        }
        middle.add(legend, BorderLayout.EAST);

        charts.component().setPreferredSize(new Dimension(WIDTH, CHARTS_HEIGHT));

        content.add(header, BorderLayout.NORTH);
        content.add(middle, BorderLayout.CENTER);
        content.add(charts.component(), BorderLayout.SOUTH);
        setContentPane(content);
        setResizable(true);
        pack();
    }

    /** A cell of the header's one row: {@code weight} of the width, whatever the text in it. */
    private static GridBagConstraints cell(int column, double weight) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = column;
        c.gridy = 0;
        c.weightx = weight;
        c.weighty = 1;
        c.fill = GridBagConstraints.BOTH;
        c.insets = new java.awt.Insets(0, 0, 0, 12);
        return c;
    }

    /** The pause between days, in milliseconds, for {@code daysPerSecond} (0: as fast as possible). */
    static long pauseMillis(int daysPerSecond) {
        return daysPerSecond == 0 ? 0 : 1000L / daysPerSecond;
    }

    private static int speedIndex(int daysPerSecond) {
        for (int i = 0; i < SPEEDS.length; i++) {
            if (SPEEDS[i] == daysPerSecond) {
                return i;
            }
        }
        throw new IllegalArgumentException("not an offered speed: " + daysPerSecond + " days per second");
    }

    private void showSpeed() {
        int s = SPEEDS[speed.getValue()];
        speedText.setText(s == 0 ? "Speed: as fast as it goes" : "Speed: up to " + s + (s == 1 ? " day" : " days")
                + " per second");
    }

    /** Runs {@code onClose} when the user closes the window, instead of closing it. */
    void onClose(Runnable onClose) {
        setDefaultCloseOperation(DO_NOTHING_ON_CLOSE);
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                onClose.run();
            }
        });
    }

    /** The title and the line under it. */
    void titles(String newTitle, String newSubtitle) {
        title.setText(newTitle);
        subtitle.setText(newSubtitle);
    }

    /** The day counter and its calendar. */
    void showDay(String dayText, String calendarText) {
        day.setText(dayText);
        calendar.setText(calendarText);
    }

    /** The caption of view {@code i} (HTML allowed). */
    void caption(int i, String html) {
        captions[i].setText(html);
    }

    /** The speed chosen, in days per second (0: as fast as possible). */
    int speed() {
        return SPEEDS[speed.getValue()];
    }

    /** Chooses a speed, as if the user had. */
    void speed(int daysPerSecond) {
        speed.setValue(speedIndex(daysPerSecond));
    }
}
