package org.groundswell.model.culture;

import org.groundswell.model.coordination.NetworkFixture;
import org.groundswell.model.improvement.Practices;
import org.groundswell.model.improvement.Problem;
import org.groundswell.model.improvement.ProblemStock;
import org.groundswell.model.improvement.ProblemType;
import org.groundswell.model.improvement.Problems;
import org.groundswell.model.kernel.KeyedRandom;
import org.groundswell.model.kernel.Streams;
import org.groundswell.model.parameters.HospitalParameters;

/**
 * The default hospital's staff network ({@link NetworkFixture}), its problems and its culture, wired as
 * {@code Hospital.start()} wires them, without patients, staffing or change: what a test of voice, reporting or
 * workplace strain needs. There are no problems until a test lays them down ({@link #perUnit}); none arrive. A
 * fixture is a pure function of its parameters.
 */
final class CultureFixture {

    final HospitalParameters parameters;
    final NetworkFixture network;
    final int units;
    final Problems problems;
    final Culture culture;

    CultureFixture(HospitalParameters p) {
        this.parameters = p;
        this.network = new NetworkFixture(p);
        this.units = network.units.length;
        Streams streams = new Streams(p.seed());
        problems = new Problems(p.problemTypes(), units, streams.stream(Streams.PROBLEMS).nextLong(),
                new Practices(units, p.change().workingFit(), p.change().systemicReach()));
        Managers managers = new Managers(p.leadership(), network.coordination, network.people.managers(),
                streams.stream(Streams.MANAGERS).nextLong(), -p.warmupDays());
        culture = new Culture(p.culture(), p.leadership(), p.coordination(), problems, network.coordination,
                network.people, network.units, managers, p.wellbeing().sustainablePatientsPerNurse(),
                streams.stream(Streams.VOICE).nextLong());
    }

    /**
     * Lays down {@code n} problems on each unit, of its own, in status {@code status}, of types in turn and of
     * severities drawn as new problems' are (exponential of mean {@code problems.meanSeverity}, capped at 1).
     */
    void perUnit(int n, Problem.Status status) {
        KeyedRandom random = KeyedRandom.of(parameters.seed(), 99);
        ProblemType[] types = ProblemType.values();
        for (int u = 0; u < units; u++) {
            for (int k = 0; k < n; k++) {
                double severity = Math.min(1, parameters.problems().meanSeverity() * random.nextExponential());
                ProblemStock.add(problems, types[k % types.length], new int[] {u}, severity, status);
            }
        }
    }
}
