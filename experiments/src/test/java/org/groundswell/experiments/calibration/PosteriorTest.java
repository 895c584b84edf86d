package org.groundswell.experiments.calibration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.groundswell.model.parameters.HospitalParameters;
import org.groundswell.scenarios.ScenarioException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A posterior read back from posterior.csv and drawn from by weight. */
class PosteriorTest {

    @TempDir
    Path tmp;

    private Path write(String text) throws Exception {
        Path file = tmp.resolve("posterior.csv");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void particlesAreDrawnInProportionToTheirWeightsAndTheSameSeedGivesTheSameDraws() throws Exception {
        Posterior p = Posterior.read(write("particle,weight,workforce.baseAnnualQuitRate,distance\n"
                + "0,0.6,0.1,1\n1,0.3,0.2,1\n2,0.1,0.30000000000000004,1\n"));
        int[] draws = p.draw(20_000, 5);
        int[] counts = new int[3];
        for (int d : draws) {
            counts[d]++;
        }
        assertEquals(0.6, counts[0] / 20_000.0, 0.015);
        assertEquals(0.3, counts[1] / 20_000.0, 0.015);
        assertEquals(0.1, counts[2] / 20_000.0, 0.01);
        assertArrayEquals(draws, p.draw(20_000, 5));
        assertEquals(List.of("workforce.baseAnnualQuitRate=0.30000000000000004"), p.settings(2), "every digit kept");
        p.checkAgainst(HospitalParameters.communityHospital());
    }

    @Test
    void aFileThatIsNotAPosteriorOrDoesNotFitTheScenarioIsRefusedWithItsLine() throws Exception {
        ScenarioException notOne = assertThrows(ScenarioException.class,
                () -> Posterior.read(write("generation,tolerance\n0,inf\n")));
        assertEquals(1, notOne.line());
        ScenarioException badWeight = assertThrows(ScenarioException.class,
                () -> Posterior.read(write("particle,weight,workforce.baseAnnualQuitRate,distance\n0,x,0.1,1\n")));
        assertEquals(2, badWeight.line());
        Posterior outOfRange = Posterior.read(write("particle,weight,workforce.baseAnnualQuitRate,distance\n"
                + "0,1,0.1,1\n1,1,5,1\n"));
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> outOfRange.checkAgainst(HospitalParameters.communityHospital()));
        assertEquals(3, e.line());
        assertTrue(e.problem().contains("another scenario"), e.problem());
    }
}
