package org.groundswell.experiments.execution;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.groundswell.model.parameters.HospitalParameters;
import org.groundswell.scenarios.ScenarioLoader;

/**
 * A run's {@code run_id}: 16 hexadecimal digits (64 bits) of a SHA-256 digest of everything that decides
 * what the run computes, and nothing else:
 * <ol>
 *   <li>the scenario as resolved (every parameter, as {@link ScenarioLoader#toTree} writes it: field order
 *       fixed, numbers as Java writes doubles), digested once per experiment by {@link #digest};</li>
 *   <li>the run's overrides ({@code PATH=VALUE}, as a design point sets them), in order;</li>
 *   <li>its strategy, replication and seed.</li>
 * </ol>
 * The same experiment therefore gives the same ids on every machine, at any thread count and on every
 * resume; a change to any parameter gives new ones. Where the output goes, the thread count and the backend
 * are not part of it. Two design points that set the same values are the same run (one id). With 64 bits, a
 * clash among a million runs has a probability below 10<sup>-7</sup>.
 */
public final class RunIds {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HexFormat HEX = HexFormat.of();
    private static final int DIGITS = 16;

    private RunIds() {
    }

    /**
     * The digest of a resolved scenario, the first input of every run id of an experiment on it.
     *
     * @param scenario the resolved parameters the experiment's runs start from
     * @return 64 hexadecimal digits
     */
    public static String digest(HospitalParameters scenario) {
        try {
            return HEX.formatHex(sha256().digest(JSON.writeValueAsBytes(ScenarioLoader.toTree(scenario))));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the parameters as JSON", e);
        }
    }

    /**
     * The id of one run.
     *
     * @param scenarioDigest {@link #digest} of the scenario the run starts from
     * @param overrides      the run's {@code PATH=VALUE} overrides, in the order applied
     * @param strategy       its strategy
     * @param replication    its replication
     * @param seed           its seed
     * @return {@value #DIGITS} hexadecimal digits
     */
    public static String of(String scenarioDigest, List<String> overrides, String strategy, int replication,
                            long seed) {
        StringBuilder text = new StringBuilder(scenarioDigest.length() + 64);
        text.append(scenarioDigest).append('\n');
        for (String o : overrides) {
            text.append("set ").append(o).append('\n');
        }
        text.append("strategy ").append(strategy).append('\n');
        text.append("replication ").append(replication).append('\n');
        text.append("seed ").append(seed).append('\n');
        byte[] hash = sha256().digest(text.toString().getBytes(StandardCharsets.UTF_8));
        return HEX.formatHex(hash).substring(0, DIGITS);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
