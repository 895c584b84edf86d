package org.groundswell.experiments.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The statistics against values worked out by hand and by an independent implementation (SciPy 1.17.1:
 * {@code scipy.stats.ttest_rel}, {@code wilcoxon(method="exact")} and {@code wilcoxon(zero_method="wilcox",
 * correction=True, method="approx")}), on two small paired samples.
 */
class PairedStatisticsTest {

    /** Eight pairs; the differences 1.1, 2.5, −0.4, 1.6, 3.0, 0.7, 2.2, −0.9 have no ties and no zeros. */
    private static final double[] BASELINE = {10, 12, 9, 11, 14, 10, 13, 12};
    private static final double[] DIFFERENCES = {1.1, 2.5, -0.4, 1.6, 3.0, 0.7, 2.2, -0.9};

    private static double[] plus(double[] a, double[] b) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] + b[i];
        }
        return out;
    }

    @Test
    void meanSdAndIntervalOfAPairedDifferenceMatchTheHandCalculation() {
        PairedDifference d = PairedDifference.of(plus(BASELINE, DIFFERENCES), BASELINE);
        // mean = 9.8 / 8 = 1.225; sd = sqrt(Σ(d − 1.225)² / 7) = 1.3791820; t(0.975, 7) = 2.3646243
        assertEquals(8, d.n());
        assertEquals(1.225, d.mean(), 1e-12);
        assertEquals(1.379181952152383, d.sd(), 1e-12);
        double half = 2.364624251592784 * 1.379181952152383 / Math.sqrt(8);
        assertEquals(1.225 - half, d.ciLow(), 1e-9);
        assertEquals(1.225 + half, d.ciHigh(), 1e-9);
        assertEquals(0.07197503326650034, d.ciLow(), 1e-9);
        assertEquals(2.378024966733499, d.ciHigh(), 1e-9);
        assertEquals(1.225 / 1.379181952152383, d.effectSize(), 1e-12, "Cohen's d_z = mean / sd");
    }

    @Test
    void pairedTTestMatchesScipy() {
        PairedDifference d = PairedDifference.of(plus(BASELINE, DIFFERENCES), BASELINE);
        // t = 1.225 / (1.3791820 / √8) = 2.5122307 on 7 degrees of freedom
        assertEquals(0.040265347051325576, d.pT(), 1e-9);
        assertTrue(d.pT() < 0.05 == (d.ciLow() > 0), "p < 0.05 exactly when the interval excludes 0");
    }

    @Test
    void exactSignedRankPValueCountsTheSignPatterns() {
        // Ranks of |d|: 0.4→1, 0.7→2, 0.9→3, 1.1→4, 1.6→5, 2.2→6, 2.5→7, 3.0→8; the negatives have ranks 1 and 3,
        // so W− = 4. Subsets of {1..8} with sum ≤ 4: {}, {1}, {2}, {3}, {1,2}, {4}, {1,3}: 7 of 2^8, so
        // p = 2 · 7 / 256 = 0.0546875.
        double p = SignedRankTest.pValue(DIFFERENCES);
        assertEquals(14.0 / 256, p, 1e-12);
        PairedDifference d = PairedDifference.of(plus(BASELINE, DIFFERENCES), BASELINE);
        assertEquals(0.0546875, d.pWilcoxon(), 1e-12);
    }

    @Test
    void normalApproximationDropsZerosAndCorrectsForTiesLikeScipy() {
        double[] baseline = new double[20];
        double[] diffs = {0.8, -0.3, 1.2, 0.8, 2.1, -1.0, 0.5, 0.0, 1.7, 0.9, -0.3, 1.4, 2.6, 0.2, 1.1, -0.6, 0.9,
            1.8, 0.4, 1.3};
        for (int i = 0; i < 20; i++) {
            baseline[i] = 100 + 1.5 * i;
        }
        PairedDifference d = PairedDifference.of(plus(baseline, diffs), baseline);
        assertEquals(20, d.n());
        assertEquals(0.0014462027453209017, d.pT(), 1e-9, "SciPy ttest_rel");
        // 19 non-zero differences with ties (0.3 and 0.8 and 0.9 twice): W− = 22, E = 95, σ² from 19 pairs less
        // the tie term; z = (22 − 95 + 0.5) / σ.
        assertEquals(0.0035178250875433246, d.pWilcoxon(), 1e-9, "SciPy wilcoxon, approximate, corrected");
    }

    @Test
    void identicalReplicationsHaveNoDifferenceAndNoPValue() {
        PairedDifference d = PairedDifference.of(BASELINE.clone(), BASELINE);
        assertEquals(0, d.mean());
        assertEquals(0, d.ciLow());
        assertEquals(0, d.ciHigh());
        assertTrue(Double.isNaN(d.pT()));
        assertEquals(1, d.pWilcoxon(), "no non-zero difference to rank");
        assertTrue(Double.isNaN(d.effectSize()));
    }

    @Test
    void missingValuesAreLeftOutPairByPair() {
        double[] x = plus(BASELINE, DIFFERENCES);
        double[] withGaps = x.clone();
        withGaps[2] = Double.NaN;
        double[] baselineGap = BASELINE.clone();
        baselineGap[5] = Double.NaN;
        PairedDifference d = PairedDifference.of(withGaps, baselineGap);
        assertEquals(6, d.n());
        double expected = (1.1 + 2.5 + 1.6 + 3.0 + 2.2 - 0.9) / 6;
        assertEquals(expected, d.mean(), 1e-12);
    }

    @Test
    void estimateOfOneValueHasNoInterval() {
        Estimate one = Estimate.of(new double[] {3.5, Double.NaN});
        assertEquals(1, one.n());
        assertEquals(3.5, one.mean());
        assertTrue(Double.isNaN(one.ciLow()));
        Estimate none = Estimate.of(new double[0]);
        assertEquals(0, none.n());
        assertTrue(Double.isNaN(none.mean()));
    }

    @Test
    void dailyBandsAgreeWithEstimatesDayByDay() {
        double[][] replications = {{1, 2, 3}, {2, 2, Double.NaN}, {4, 2, 5}};
        DailyBands bands = new DailyBands(1, 3);
        for (double[] r : replications) {
            bands.add(0, r);
        }
        for (int day = 0; day < 3; day++) {
            double[] column = new double[replications.length];
            for (int r = 0; r < replications.length; r++) {
                column[r] = replications[r][day];
            }
            Estimate expected = Estimate.of(column);
            Estimate actual = bands.day(0, day);
            assertEquals(expected.n(), actual.n());
            assertEquals(expected.mean(), actual.mean(), 1e-12);
            assertEquals(expected.sd(), actual.sd(), 1e-12);
            assertEquals(expected.ciHigh(), actual.ciHigh(), 1e-12);
        }
    }
}
