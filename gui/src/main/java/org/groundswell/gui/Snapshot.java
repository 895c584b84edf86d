package org.groundswell.gui;

import java.awt.Component;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;

/** A PNG of a component as it is drawn on screen, written to a temporary name and renamed when complete. */
final class Snapshot {

    private Snapshot() {
    }

    /**
     * Draws {@code component} (with everything inside it) into an image of its size.
     *
     * @throws IllegalStateException if called off the Swing event thread
     */
    static BufferedImage image(Component component) {
        if (!SwingUtilities.isEventDispatchThread()) {
            throw new IllegalStateException("snapshots are taken on the Swing event thread");
        }
        int w = Math.max(1, component.getWidth());
        int h = Math.max(1, component.getHeight());
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(component.getBackground());
        g.fillRect(0, 0, w, h);
        component.printAll(g);
        g.dispose();
        return image;
    }

    /** Writes {@code image} to {@code file} as PNG, creating its folder; the file appears complete or not at all. */
    static void write(BufferedImage image, Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path partial = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".partial");
        try {
            if (!ImageIO.write(image, "png", partial.toFile())) {
                throw new IOException("no PNG writer available");
            }
            try {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
