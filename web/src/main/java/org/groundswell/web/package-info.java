/**
 * The classroom in the browser, {@code groundswell serve}: {@link org.groundswell.web.ClassroomServer} (Javalin
 * on Jetty) serves the page and its chart library from the jar and runs, for each browser session, a
 * {@code Watch}: the same hospital and seed under one or two strategies, stepped together by the model's
 * {@link org.groundswell.model.Lockstep}, played, paused and stepped from the page, its days streamed by
 * server-sent events. Parameters from the page are applied and checked as {@code --set} applies and checks
 * them ({@code WatchRequest}); the runs held are bounded in number and memory, and dropped when idle
 * ({@code Sessions}).
 *
 * <p>Class mode: a {@code Room} (opened by the teacher, joined by students with its short code, bounded by
 * {@code Rooms}) runs a class's hospital beside its twin under the model's own decisions; the class's hospital
 * asks the room the decisions the model would otherwise draw ({@code ClassDecisions}, the model's
 * {@link org.groundswell.model.culture.Decisions} hook), which puts each to the students of its seat
 * ({@code Seats}, {@code Prompts}) and waits for the answer up to the time limit. The room's run is exported as a
 * report by a {@link org.groundswell.web.ClassReportWriter} the command line supplies.
 *
 * <p>The server only reads the model, so a hospital in the browser gives the same daily metrics as a
 * headless run of the same scenario, seed and interventions, and a class's hospital those of a headless run
 * with the class's decisions. Depends on the model, the scenarios module,
 * Javalin, Jackson and the uPlot webjar; the command line ({@code groundswell serve}) depends on it.
 */
package org.groundswell.web;
