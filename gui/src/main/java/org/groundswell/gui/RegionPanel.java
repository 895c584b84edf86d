package org.groundswell.gui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;

import javax.swing.BorderFactory;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.SwingConstants;
import javax.swing.table.DefaultTableCellRenderer;

import org.groundswell.model.Lockstep;

/**
 * The hospitals of a region, under the views: a chooser of the hospital the views and charts show, and the
 * table of every member's figures and the region's ({@link HospitalsTable}), each cell with one value per
 * strategy in the strategy's colour, the member on show marked. Choosing a hospital in the chooser or
 * clicking its row tells the GUI, which shows it; nothing is re-run. Touched only on the Swing event thread.
 */
final class RegionPanel extends JPanel {

    private static final long serialVersionUID = 1L;
    /** Height of the panel in the window. */
    static final int HEIGHT = 168;
    private static final Color SHOWN = new Color(0xe8f0f8);
    private static final Font TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    private final HospitalsTable figures = new HospitalsTable();
    private final JTable table = new JTable(figures);
    private final JComboBox<String> chooser = new JComboBox<>();
    private final JLabel note = new JLabel();
    private boolean choosing;

    /**
     * @param memberNames the region's hospitals, in order
     * @param strategies  the strategies side by side
     * @param onChoose    told the index of the hospital the user chose to show
     */
    RegionPanel(List<String> memberNames, List<String> strategies, IntConsumer onChoose) {
        super(new BorderLayout());
        setBackground(Color.WHITE);
        setBorder(BorderFactory.createEmptyBorder(4, 6, 2, 6));
        setPreferredSize(new Dimension(10, HEIGHT));

        chooser.setFont(TEXT);
        chooser.setToolTipText("The hospital the views and the charts show");
        chooser.addActionListener(e -> {
            if (!choosing && chooser.getSelectedIndex() >= 0) {
                onChoose.accept(chooser.getSelectedIndex());
            }
        });
        JLabel label = new JLabel("Hospital on show:");
        label.setFont(TEXT.deriveFont(Font.BOLD));
        note.setFont(TEXT.deriveFont(11f));
        note.setForeground(new Color(0x555555));
        JPanel top = new JPanel(new FlowLayout(FlowLayout.LEFT, 8, 0));
        top.setOpaque(false);
        top.add(label);
        top.add(chooser);
        top.add(note);

        table.setFont(TEXT);
        table.setRowHeight(18);
        table.setRowSelectionAllowed(false);
        table.setFocusable(false);
        table.getTableHeader().setReorderingAllowed(false);
        table.getTableHeader().setFont(TEXT.deriveFont(Font.BOLD, 11f));
        table.setDefaultRenderer(Object.class, new Cells());
        table.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                int row = table.rowAtPoint(e.getPoint());
                if (row > 0) {
                    chooser.setSelectedIndex(row - 1);
                }
            }
        });
        JScrollPane scroll = new JScrollPane(table);
        scroll.getViewport().setBackground(Color.WHITE);
        add(top, BorderLayout.NORTH);
        add(scroll, BorderLayout.CENTER);
        reset(memberNames, strategies, 0);
    }

    /**
     * Lists {@code memberNames} in the chooser, empties the table for {@code strategies} and marks member
     * {@code shown} as on show, without telling the GUI.
     */
    void reset(List<String> memberNames, List<String> strategies, int shown) {
        choosing = true;
        try {
            chooser.removeAllItems();
            memberNames.forEach(chooser::addItem);
        } finally {
            choosing = false;
        }
        figures.reset(memberNames, strategies.size());
        note.setText(note(strategies));
        table.getColumnModel().getColumn(0).setPreferredWidth(190);
        showing(shown);
    }

    /** The line beside the chooser: which colour is which strategy, and what the figures are. */
    private static String note(List<String> strategies) {
        StringBuilder html = new StringBuilder("<html>");
        if (strategies.size() > 1) {
            for (int s = 0; s < strategies.size(); s++) {
                Color c = Palette.strategy(s);
                html.append(String.format(Locale.ROOT, "<font color='#%02x%02x%02x'>\u25a0 %s</font>&nbsp;&nbsp;",
                        c.getRed(), c.getGreen(), c.getBlue(), strategies.get(s)));
            }
            html.append("&nbsp;\u00b7&nbsp; ");
        }
        return html.append("harm and cost: ").append(LiveCharts.WINDOW).append("-day means; shares: the last day")
                .append(" \u00b7 click a row to show that hospital</html>").toString();
    }

    /** Marks member {@code member} as on show, in the chooser and the table, without telling the GUI. */
    void showing(int member) {
        choosing = true;
        try {
            chooser.setSelectedIndex(member);
        } finally {
            choosing = false;
        }
        figures.shown(member);
    }

    /** Reads every member's latest figures from {@code run}. */
    void refresh(Lockstep run) {
        figures.refresh(run);
    }

    /** The chooser of the hospital on show. */
    JComboBox<String> chooser() {
        return chooser;
    }

    /** The figures behind the table. */
    HospitalsTable figures() {
        return figures;
    }

    /** The table as drawn. */
    JTable table() {
        return table;
    }

    /** The hospital's name (the one on show marked and bold, the region's bold) and each strategy's figure. */
    private final class Cells extends DefaultTableCellRenderer {
        private static final long serialVersionUID = 1L;

        @Override
        public Component getTableCellRendererComponent(JTable t, Object value, boolean selected, boolean focus,
                int row, int column) {
            super.getTableCellRendererComponent(t, "", false, false, row, column);
            boolean onShow = row == figures.shown() + 1;
            setBackground(onShow ? SHOWN : row == 0 ? new Color(0xf6f6f6) : Color.WHITE);
            setFont(row == 0 || onShow ? TEXT.deriveFont(Font.BOLD) : TEXT);
            if (column == 0) {
                setHorizontalAlignment(SwingConstants.LEFT);
                setText((onShow ? "\u25b6 " : "\u2003") + value + (onShow ? "  (on show)" : ""));
                return this;
            }
            setHorizontalAlignment(SwingConstants.RIGHT);
            @SuppressWarnings("unchecked")
            List<String> texts = (List<String>) value;
            if (texts.size() == 1) {
                setText(texts.get(0));
                return this;
            }
            StringBuilder html = new StringBuilder("<html>");
            for (int s = 0; s < texts.size(); s++) {
                Color c = Palette.strategy(s);
                html.append(String.format(Locale.ROOT, "%s<font color='#%02x%02x%02x'>%s</font>",
                        s == 0 ? "" : "&nbsp;&nbsp;&nbsp;", c.getRed(), c.getGreen(), c.getBlue(), texts.get(s)));
            }
            setText(html.append("</html>").toString());
            return this;
        }
    }
}
