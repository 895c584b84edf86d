package org.groundswell.experiments.calibration;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.commons.math3.random.RandomGenerator;

/**
 * Approximate Bayesian computation by sequential Monte Carlo: the posterior of a model's parameters given a
 * hospital's figures, found by simulating, without a likelihood. The scheme is the ABC-SMC of Toni et al.
 * (2009) with the importance weights of Beaumont et al. (2009):
 * <ol>
 *   <li>Generation 0 draws {@code particles} parameter sets from the prior.</li>
 *   <li>Generation t picks a particle of generation t − 1 by weight, moves it with a
 *       {@link PerturbationKernel} (twice the last population's weighted covariance), and simulates it;
 *       a proposal outside the prior's support is redrawn. It is accepted if its distance is within the
 *       tolerance ε<sub>t</sub>, until {@code particles} are accepted. Each accepted θ gets the weight
 *       π(θ) / Σ<sub>j</sub> w<sub>j</sub> K(θ | θ<sub>j</sub>).</li>
 *   <li>ε<sub>t</sub> is chosen from generation t − 1 by the {@link ToleranceSchedule} (Del Moral et al.
 *       2012).</li>
 *   <li>It stops when a generation reaches the final tolerance, when the acceptance rate would fall below
 *       the budget's minimum (the generation is abandoned), or when the generations run out.</li>
 * </ol>
 * <b>The distance.</b> Each target's simulated figure (the mean of the particle's replications) gets a draw of
 * the figure's measurement error added, normal with the target's sd (the "noisy ABC" of Wilkinson 2013, under
 * which ABC is exact for the model plus that error as the tolerance falls), and the distance is the root mean
 * square of the standardized differences (simulated − observed) / sd over the targets.
 *
 * <p><b>Determinism.</b> Attempt a of generation t draws from its own generators ({@link ParticleSeeds}), so
 * it proposes the same parameters whatever ran before it; attempts go to the simulator in batches, and the
 * population is the first {@code particles} accepted in attempt order, so neither the batch sizes, nor the
 * order simulations finish in, nor the thread count change the result. Replayed with a {@link Journal}, a
 * calibration skips every simulation the journal holds and ends where an uninterrupted one ends.
 *
 * <p>References: Toni, T., Welch, D., Strelkowa, N., Ipsen, A. &amp; Stumpf, M. P. H. (2009). Approximate
 * Bayesian computation scheme for parameter inference and model selection in dynamical systems. <i>J. R. Soc.
 * Interface</i> 6(31), 187–202. doi:10.1098/rsif.2008.0172. Beaumont et al. (2009), see
 * {@link PerturbationKernel}; Del Moral et al. (2012), see {@link ToleranceSchedule}; Wilkinson, R. D. (2013).
 * Approximate Bayesian computation (ABC) gives exact results under the assumption of model error.
 * <i>Stat. Appl. Genet. Mol. Biol.</i> 12(2), 129–141. doi:10.1515/sagmb-2013-0010
 */
public final class AbcSmc {

    private static final int MAX_REDRAWS = 10_000;
    /** The smallest step of the kernel, as a share of a parameter's prior range. */
    private static final double MIN_STEP = 1e-3;

    private final List<Prior> priors;
    private final List<Target> targets;
    private final Budget budget;
    private final ToleranceSchedule schedule;
    private final PerturbationKernel.Kind kernel;
    private final ParticleSeeds seeds;

    AbcSmc(List<Prior> priors, List<Target> targets, Budget budget, ToleranceSchedule schedule,
           PerturbationKernel.Kind kernel, long seed) {
        this.priors = List.copyOf(priors);
        this.targets = List.copyOf(targets);
        this.budget = budget;
        this.schedule = schedule;
        this.kernel = kernel;
        this.seeds = new ParticleSeeds(seed);
    }

    /** Listens to a calibration as it goes, for a progress report. */
    public interface Listener {

        /** Generation {@code generation} starts with tolerance {@code tolerance}. */
        void generation(int generation, double tolerance);

        /** Listens to nothing. */
        Listener NONE = (g, t) -> { };
    }

    /**
     * What a calibration found.
     *
     * @param populations every complete generation's population, the posterior last
     * @param generations a row per generation tried, the abandoned one included
     * @param stopped     why it stopped, in words
     * @param predictive  the posterior predictive check's simulations, in draw order
     */
    public record Result(List<Population> populations, List<Generation> generations, String stopped,
                         List<Simulation> predictive) {

        /** The last complete generation's population. */
        public Population posterior() {
            return populations.get(populations.size() - 1);
        }
    }

    /**
     * Runs the calibration.
     *
     * @param simulator runs the model
     * @param journal   keeps each simulation, and gives back those kept before
     * @param listener  told as each generation starts
     * @throws IOException          if the journal or the simulator fails to store a result
     * @throws InterruptedException if interrupted; what finished is in the journal
     */
    public Result run(Simulator simulator, Journal journal, Listener listener)
            throws IOException, InterruptedException {
        List<Population> populations = new ArrayList<>();
        List<Generation> rows = new ArrayList<>();
        String stopped = "it ran the " + budget.generations() + " generation" + (budget.generations() == 1 ? "" : "s")
                + " of its budget";
        double tolerance = Double.POSITIVE_INFINITY;
        for (int g = 0; g < budget.generations(); g++) {
            Population last = g == 0 ? null : populations.get(g - 1);
            if (last != null) {
                tolerance = schedule.next(last, budget.tolerance());
            }
            listener.generation(g, tolerance);
            Attempts attempts = generation(g, tolerance, last, simulator, journal);
            if (attempts.accepted.size() < budget.particles()) {
                rows.add(new Generation(g, tolerance, attempts.made, attempts.accepted.size(),
                        attempts.rate(), Double.NaN, false));
                stopped = "generation " + g + " would have accepted fewer than " + Math.round(budget.minAcceptance()
                        * 100) + "% of its attempts (" + attempts.accepted.size() + " of " + attempts.made
                        + " at tolerance " + tolerance + "), so the posterior is generation " + (g - 1) + "'s";
                break;
            }
            Population population = weigh(g, tolerance, attempts.accepted, last);
            populations.add(population);
            rows.add(new Generation(g, tolerance, attempts.made, population.size(), attempts.rate(),
                    population.effectiveSampleSize(), true));
            if (g > 0 && tolerance <= budget.tolerance()) {
                stopped = "generation " + g + " reached the final tolerance " + budget.tolerance();
                break;
            }
        }
        if (populations.isEmpty()) {
            throw new IllegalStateException("generation 0 accepted " + rows.get(0).accepted() + " of "
                    + budget.particles() + " particles: most runs failed (see particles.csv)");
        }
        Population posterior = populations.get(populations.size() - 1);
        return new Result(populations, rows, stopped, predictive(posterior, simulator, journal));
    }

    /** The accepted simulations of one generation and the attempts made for them. */
    private static final class Attempts {
        final List<Simulation> accepted = new ArrayList<>();
        final List<Double> distances = new ArrayList<>();
        int made;
        int usedUpTo;

        double rate() {
            return usedUpTo == 0 ? 0 : (double) accepted.size() / usedUpTo;
        }
    }

    private Attempts generation(int g, double tolerance, Population last, Simulator simulator, Journal journal)
            throws IOException, InterruptedException {
        Attempts result = new Attempts();
        int cap = g == 0 ? budget.particles() * 10 : budget.attemptCap();
        int wanted = budget.particles();
        double expected = g == 0 ? 1 : Math.max(budget.minAcceptance(), schedule.alpha());
        PerturbationKernel k = last == null ? null : PerturbationKernel.of(last, kernel, floor());
        while (result.accepted.size() < wanted && result.made < cap) {
            int needed = wanted - result.accepted.size();
            double rate = result.usedUpTo > 0 && result.accepted.size() > 0 ? result.rate() : expected;
            int size = (int) Math.min(cap - result.made, Math.ceil(needed / Math.max(rate, budget.minAcceptance())));
            List<Proposal> batch = new ArrayList<>(size);
            for (int a = result.made; a < result.made + size; a++) {
                batch.add(new Proposal(g, a, last == null ? fromPrior(g, a) : perturbed(g, a, last, k)));
            }
            TreeMap<Integer, Simulation> done = simulate(batch, simulator, journal);
            for (Simulation s : done.values()) {
                result.usedUpTo = s.proposal().attempt() + 1;
                double d = distance(s);
                if (d <= tolerance) {
                    result.accepted.add(s);
                    result.distances.add(d);
                    if (result.accepted.size() == wanted) {
                        break;
                    }
                }
            }
            result.made += size;
        }
        return result;
    }

    /** Simulates what the journal does not hold, and returns every simulation of the batch by attempt. */
    private TreeMap<Integer, Simulation> simulate(List<Proposal> batch, Simulator simulator, Journal journal)
            throws IOException, InterruptedException {
        TreeMap<Integer, Simulation> done = new TreeMap<>();
        List<Proposal> missing = new ArrayList<>();
        for (Proposal p : batch) {
            Optional<Simulation> kept = journal.find(p);
            if (kept.isPresent()) {
                done.put(p.attempt(), kept.get());
            } else {
                missing.add(p);
            }
        }
        if (!missing.isEmpty()) {
            simulator.simulate(missing, s -> {
                journal.record(s, distance(s));
                done.put(s.proposal().attempt(), s);
            });
        }
        return done;
    }

    private double[] fromPrior(int g, int a) {
        RandomGenerator random = seeds.proposal(g, a);
        double[] values = new double[priors.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = priors.get(i).sample(random);
        }
        return values;
    }

    private double[] perturbed(int g, int a, Population last, PerturbationKernel k) {
        RandomGenerator random = seeds.proposal(g, a);
        double[] weights = last.weights();
        for (int tries = 0; tries < MAX_REDRAWS; tries++) {
            double u = random.nextDouble();
            int j = 0;
            double cumulative = weights[0];
            while (cumulative < u && j < weights.length - 1) {
                cumulative += weights[++j];
            }
            double[] values = last.particles().get(j).values();
            double[] step = k.step(random);
            for (int i = 0; i < values.length; i++) {
                values[i] += step[i];
            }
            if (priorDensity(values) > 0) {
                return values;
            }
        }
        throw new IllegalStateException("no proposal inside the prior's range after " + MAX_REDRAWS + " draws "
                + "(generation " + g + ", attempt " + a + ")");
    }

    private double[] floor() {
        double[] floor = new double[priors.size()];
        for (int i = 0; i < floor.length; i++) {
            double step = MIN_STEP * (priors.get(i).upper() - priors.get(i).lower());
            floor[i] = step * step;
        }
        return floor;
    }

    private double priorDensity(double[] values) {
        double density = 1;
        for (int i = 0; i < values.length; i++) {
            density *= priors.get(i).density(values[i]);
        }
        return density;
    }

    /**
     * The distance of a simulation from the figures: the root mean square of the standardized differences,
     * each simulated figure with a draw of its measurement error added; infinite for a failed simulation.
     */
    double distance(Simulation s) {
        if (s.failed()) {
            return Double.POSITIVE_INFINITY;
        }
        RandomGenerator noise = seeds.noise(s.proposal().generation(), s.proposal().attempt());
        double[] simulated = s.simulated();
        double sum = 0;
        for (int j = 0; j < targets.size(); j++) {
            Target t = targets.get(j);
            double z = t.standardized(simulated[j] + t.sd() * noise.nextGaussian());
            sum += z * z;
        }
        double d = Math.sqrt(sum / targets.size());
        return Double.isNaN(d) ? Double.POSITIVE_INFINITY : d;
    }

    private Population weigh(int g, double tolerance, List<Simulation> accepted, Population last) {
        int n = accepted.size();
        double[] weights = new double[n];
        if (last == null) {
            java.util.Arrays.fill(weights, 1.0 / n);
        } else {
            PerturbationKernel.Densities k = PerturbationKernel.of(last, kernel, floor()).densities();
            double[] lastWeights = last.weights();
            List<Population.Particle> from = last.particles();
            double total = 0;
            for (int i = 0; i < n; i++) {
                double[] theta = accepted.get(i).proposal().values();
                double mixture = 0;
                for (int j = 0; j < from.size(); j++) {
                    mixture += lastWeights[j] * k.of(from.get(j).values(), theta);
                }
                weights[i] = priorDensity(theta) / mixture;
                total += weights[i];
            }
            for (int i = 0; i < n; i++) {
                weights[i] /= total;
            }
        }
        List<Population.Particle> particles = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Simulation s = accepted.get(i);
            particles.add(new Population.Particle(s.proposal().attempt(), s.proposal().values(), weights[i],
                    distance(s), s.simulated()));
        }
        return new Population(g, tolerance, particles);
    }

    /** Parameter sets drawn from the posterior by weight and simulated again on fresh seeds. */
    private List<Simulation> predictive(Population posterior, Simulator simulator, Journal journal)
            throws IOException, InterruptedException {
        if (budget.predictive() == 0) {
            return List.of();
        }
        double[] weights = posterior.weights();
        List<Proposal> draws = new ArrayList<>();
        for (int k = 0; k < budget.predictive(); k++) {
            double u = seeds.proposal(ParticleSeeds.PREDICTIVE, k).nextDouble();
            int j = 0;
            double cumulative = weights[0];
            while (cumulative < u && j < weights.length - 1) {
                cumulative += weights[++j];
            }
            draws.add(new Proposal(ParticleSeeds.PREDICTIVE, k, posterior.particles().get(j).values()));
        }
        return List.copyOf(simulate(draws, simulator, journal).values());
    }
}
