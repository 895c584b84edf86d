package org.groundswell.experiments.sensitivity;

import java.util.ArrayList;
import java.util.List;

import org.groundswell.experiments.design.MorrisDesign;

/**
 * Morris elementary-effects screening: from a model's outputs at the points of a {@link MorrisDesign}'s
 * trajectories, the mean μ, mean absolute value μ* and standard deviation σ of each factor's elementary effects.
 *
 * <p>On a step of a trajectory from point x to point x′, where only factor i changes, by ±Δ, the
 * elementary effect of factor i is (Morris 1991, equation 1)
 * <pre>
 *     EE_i = [y(x + Δe_i) − y(x)] / Δ
 * </pre>
 * For a step up (x′ = x + Δe<sub>i</sub>) that is (y(x′) − y(x)) / Δ; for a step down (x′ = x − Δe<sub>i</sub>)
 * the same difference is taken the other way, (y(x) − y(x′)) / Δ; both are (y(x′) − y(x)) divided by the
 * signed step. Each trajectory gives one effect per factor, so each factor has r effects, from which
 * <pre>
 *     μ_i  = (1/r) Σ EE_i                        (Morris 1991)
 *     μ*_i = (1/r) Σ |EE_i|                      (Campolongo, Cariboni &amp; Saltelli 2007)
 *     σ_i  = sqrt( Σ (EE_i − μ_i)² / (r − 1) )   (Morris 1991)
 * </pre>
 * μ* is the measure to rank factors by: unlike μ it does not let effects of opposite sign cancel, and it
 * approximates the total-order Sobol index well enough to screen (Campolongo et al. 2007).
 *
 * <p>References:
 * <ul>
 *   <li>Morris, M. D. (1991). Factorial sampling plans for preliminary computational experiments.
 *       <i>Technometrics</i> 33(2), 161–174. doi:10.1080/00401706.1991.10484804</li>
 *   <li>Campolongo, F., Cariboni, J. &amp; Saltelli, A. (2007). An effective screening design for sensitivity
 *       analysis of large models. <i>Environmental Modelling &amp; Software</i> 22(10), 1509–1518.
 *       doi:10.1016/j.envsoft.2006.10.004</li>
 * </ul>
 */
public final class MorrisAnalysis {

    private MorrisAnalysis() {
    }

    /**
     * The Morris measures of every factor.
     *
     * @param design  the trajectories the model was run on
     * @param outputs the model's output at each of their points, in their row order
     * @return one result per factor, in factor order
     * @throws IllegalArgumentException when there is not one finite output per point
     */
    public static List<MorrisResult> analyze(MorrisDesign.Trajectories design, double[] outputs) {
        if (design == null) {
            throw Arguments.invalid("design", null, "a Morris design");
        }
        Arguments.length("outputs", outputs, design.size(), "one per point of the design");
        Arguments.finite("outputs", outputs);

        int k = design.factors();
        int r = design.design().trajectories();
        double[][] effects = new double[k][r];
        for (int t = 0; t < r; t++) {
            int first = t * (k + 1);
            for (int s = 0; s < k; s++) {
                int i = design.movedFactor(t, s);
                int from = first + s;
                int to = from + 1;
                effects[i][t] = (outputs[to] - outputs[from]) / design.step(t, s);
            }
        }
        List<MorrisResult> results = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            results.add(summarise(i, effects[i]));
        }
        return List.copyOf(results);
    }

    private static MorrisResult summarise(int factor, double[] effects) {
        int n = effects.length;
        double sum = 0;
        double sumAbs = 0;
        for (double e : effects) {
            sum += e;
            sumAbs += Math.abs(e);
        }
        double mu = sum / n;
        double squares = 0;
        for (double e : effects) {
            squares += (e - mu) * (e - mu);
        }
        return new MorrisResult(factor, mu, sumAbs / n, Math.sqrt(squares / (n - 1)), n);
    }
}
