package org.groundswell.experiments.cli;

import java.util.ArrayList;
import java.util.List;

import org.groundswell.scenarios.ScenarioLibrary;

import picocli.CommandLine.Option;

/**
 * The options that choose and change the scenario, shared by {@code run}, {@code compare} and {@code gui}:
 * {@code --scenario}, {@code --set} and {@code --days}. Every change reaches the scenario loader as a set, so
 * that {@code --days} is validated exactly as {@code --set days=N} is.
 */
final class ScenarioOptions {

    @Option(names = "--scenario", paramLabel = "NAME|FILE", defaultValue = ScenarioLibrary.DEFAULT,
            description = "A bundled scenario by name, or a scenario file (YAML or JSON). Default: ${DEFAULT-VALUE}.")
    private String scenario;

    @Option(names = "--days", paramLabel = "N",
            description = "Days of the strategy period, after the warm-up; the same as --set days=N. "
                    + "Default: the scenario's (730 in community-hospital).")
    private Integer days;

    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = "Change a scenario parameter, named by its dotted path as in a scenario file. "
                    + "Repeatable; applied in order, before the other options that change the scenario "
                    + "(--days, --seed). Default: none. For example: --set units.icu.beds=30 "
                    + "--set staffing.patientsPerNurse=6")
    private List<String> sets = new ArrayList<>();

    /** The scenario's name or file, as given. */
    String scenario() {
        return scenario;
    }

    /** The user's --set, in order. */
    List<String> userSets() {
        return List.copyOf(sets);
    }

    /** The user's --set as the header shows them: {@code ", with --set a=1 --set b=2"}, or "" for none. */
    String overridesShown() {
        return sets.isEmpty() ? "" : ", with --set " + String.join(" --set ", sets);
    }

    /**
     * What the default output folder's name adds for the user's --set: {@code -set-} and the first 8 hex digits
     * of the SHA-256 of the sets in order (one a line), or "" for none. Stable across runs and machines, so the
     * same --set reuses a folder and another --set gets its own.
     */
    String overridesTag() {
        if (sets.isEmpty()) {
            return "";
        }
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(String.join("\n", sets).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "-set-" + java.util.HexFormat.of().formatHex(hash, 0, 4);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    /**
     * Every change to apply, in order: the user's --set, then {@code more} (null ones left out), then --days,
     * then {@code seed} if given.
     */
    List<String> sets(Long seed, String... more) {
        List<String> all = new ArrayList<>(sets);
        for (String s : more) {
            if (s != null) {
                all.add(s);
            }
        }
        if (days != null) {
            all.add("days=" + days);
        }
        if (seed != null) {
            all.add("seed=" + seed);
        }
        return all;
    }
}
