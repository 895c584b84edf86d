/**
 * The live teaching window, on MASON's GUI: {@link org.groundswell.gui.GroundswellWithUI} (the
 * {@code GUIState}) wraps a {@link org.groundswell.model.Lockstep} (the {@code SimState}) of one hospital, or of
 * two under two strategies stepped together; the model itself knows nothing of Swing. The window
 * ({@link org.groundswell.gui.ClassroomWindow}) shows each hospital in a MASON {@code Display2D} — units as
 * labelled regions, people coloured by exhaustion, ties by relational coordination, practices in place — with a
 * legend, a day counter and calendar, a speed control and live JFreeChart 1.5 charts; the Console's Model tab
 * edits the parameters of the next run ({@link org.groundswell.gui.EditableParameters}), and a click on a
 * person or a unit inspects it. {@link org.groundswell.gui.Classroom} opens it, or plays a run and writes a PNG
 * of the window for tests and the README.
 *
 * <p>The GUI only reads the model and draws its random numbers (which ties to draw) from its own generator,
 * so a hospital in the window produces the same metrics as a headless run of the same scenario and seed.
 * Swing is touched on the event thread only. Depends on the model, the scenarios module, MASON and
 * JFreeChart; the command line ({@code groundswell gui}) depends on it.
 */
package org.groundswell.gui;
