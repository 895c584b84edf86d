/**
 * Scenario files: YAML (or JSON) documents that describe a hospital, bound strictly to the model's
 * immutable parameter records.
 *
 * <p>What lives here: {@link org.groundswell.scenarios.ScenarioLoader} (read a bundled scenario or a file,
 * merge it over the scenario it {@code extends}, apply {@code --set PATH=VALUE} overrides, bind and
 * validate, and write a scenario out in full with every parameter explained),
 * {@link org.groundswell.scenarios.ScenarioException} (every error names the file, the line, the field, the bad
 * value and what is allowed; all the errors of a file are reported at once),
 * {@link org.groundswell.scenarios.ParameterPaths} (the dotted paths by which any parameter is addressed),
 * {@link org.groundswell.scenarios.ParameterReference} (every parameter's meaning, unit, range, default and
 * source, read from the model's {@code @Param} annotations: what the parameter reference in {@code docs/} and
 * {@code scenarios show} are written from), {@link org.groundswell.scenarios.Differences} (how one scenario
 * differs from another) and {@link org.groundswell.scenarios.ScenarioLibrary} (the scenarios bundled as
 * resources under {@code org/groundswell/scenarios/library}).
 *
 * <p>Dependencies: this package depends only on {@code org.groundswell.model} (and Jackson, Commons Text).
 * The application ({@code org.groundswell.experiments}) and the benchmarks may depend on it; the model
 * must not.
 */
package org.groundswell.scenarios;
