package org.groundswell.scenarios;

import java.util.Objects;

import org.groundswell.model.parameters.HospitalParameters;

/**
 * A scenario as loaded: its name and plain-words description, where it came from, and the validated
 * parameters it resolves to (defaults, the scenarios it extends, the file, then any {@code --set} overrides).
 *
 * @param name        the scenario's {@code name:}, or the file name without its extension when it has none
 * @param description the scenario's {@code description:} in plain words, or "" when it has none
 * @param source      the file as the user gave it, or {@code bundled:NAME} for a bundled scenario
 * @param parameters  the resolved, validated parameters
 */
public record Scenario(String name, String description, String source, HospitalParameters parameters) {

    public Scenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(parameters, "parameters");
    }
}
