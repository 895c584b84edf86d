package org.groundswell.experiments.design;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The analysis a sweep does once its runs are in: a sensitivity analysis (which of the swept parameters drive
 * each outcome), or scenario discovery (where in parameter space a rule about the strategies holds, which
 * strategy is robust, and what each costs). Each analysis needs the design made for it: Morris screening a {@code morris} design, Sobol' indices
 * a {@code saltelli} design, partial rank correlation any sample of independent points ({@code lhs},
 * {@code random} or {@code sobol}). The estimators are those of {@code org.groundswell.experiments.sensitivity}.
 */
public enum Analysis {

    /** No sensitivity analysis: the sweep writes its runs and charts only. */
    NONE("none"),
    /** Morris elementary effects: μ, μ* and σ per parameter (Morris 1991; Campolongo et al. 2007). */
    MORRIS("morris"),
    /** First- and total-order Sobol' indices with bootstrap intervals (Saltelli et al. 2010; Jansen 1999). */
    SOBOL("sobol"),
    /** Partial rank correlation coefficients with p-values (Marino et al. 2008). */
    PRCC("prcc"),
    /**
     * Scenario discovery: PRIM boxes where each rule holds (Friedman &amp; Fisher 1999; Bryant &amp; Lempert 2010),
     * minimax-regret robustness (Lempert et al. 2003) and cost-effectiveness; any design. The analysis is in
     * {@code org.groundswell.experiments.discovery}.
     */
    DISCOVERY("discovery");

    private final String id;

    Analysis(String id) {
        this.id = id;
    }

    /** The name an experiment file gives it ({@code analysis: prcc}). */
    public String id() {
        return id;
    }

    /** Whether this is a sensitivity analysis (Morris, Sobol' or PRCC), which explains {@code outcomes}. */
    public boolean isSensitivity() {
        return this == MORRIS || this == SOBOL || this == PRCC;
    }

    /** The analyses an experiment file can name, {@link #NONE} left out. */
    public static List<String> ids() {
        return Arrays.stream(values()).filter(a -> a != NONE).map(Analysis::id).toList();
    }

    /** The analysis of that name, if there is one. */
    public static Optional<Analysis> byId(String id) {
        return Arrays.stream(values()).filter(a -> a.id.equals(id)).findFirst();
    }
}
