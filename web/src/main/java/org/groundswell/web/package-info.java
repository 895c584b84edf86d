/**
 * The classroom in the browser, {@code groundswell serve}: {@link org.groundswell.web.ClassroomServer} (Javalin
 * on Jetty) serves the page and its chart library from the jar and runs, for each browser session, a
 * {@code Watch}: the same hospital and seed under one or two strategies, stepped together by the model's
 * {@link org.groundswell.model.Lockstep}, played, paused and stepped from the page, its days streamed by
 * server-sent events. Parameters from the page are applied and checked as {@code --set} applies and checks
 * them ({@code WatchRequest}); the runs held are bounded in number and memory, and dropped when idle
 * ({@code Sessions}).
 *
 * <p>The server only reads the model, so a hospital in the browser gives the same daily metrics as a
 * headless run of the same scenario, seed and interventions. Depends on the model, the scenarios module,
 * Javalin, Jackson and the uPlot webjar; the command line ({@code groundswell serve}) depends on it.
 */
package org.groundswell.web;
