package org.groundswell.model;

import java.util.ArrayList;
import java.util.List;

import org.groundswell.model.care.PatientRecord;
import org.groundswell.model.parameters.HospitalParameters;

/**
 * Gittell et al. (2000, Medical Care 38:807) in silico: nine hospitals whose relational coordination spans
 * the range the study found (3.86 to 4.22), the elective surgical patients of each (admitted to and
 * discharged from the surgical unit), and the standardized effect of the RC of each patient's care team on
 * the patient's length of stay.
 *
 * <p>The study's patients were a homogeneous cohort (hip and knee arthroplasty), whose stays vary far less
 * than the model's surgical unit's (log-normal, coefficient of variation about 0.7). A standardized beta
 * divides by the spread of stays, so the model's raw beta is rescaled to the cohort's spread before it is
 * compared with the study's: beta × (model CV / {@value #COHORT_CV}). The cohort's coefficient of variation is
 * an assumption (arthroplasty stays of about 5 ± 1.5 days in the late 1990s).
 */
final class NineHospitals {

    static final double COHORT_CV = 0.3;
    private static final int DAYS = 180;

    private static Result result;

    /**
     * @param experienceBeta standardized beta of the patients' rating of their stay on the RC of the care teams
     *                       they met, over every patient discharged alive in the nine hospitals
     * @param rated          how many patients rated their stay
     */
    record Result(double beta, double rescaledBeta, double cv, int patients, double[] meanStay, double experienceBeta,
                  int rated) {
    }

    private NineHospitals() {
    }

    static synchronized Result run() {
        if (result != null) {
            return result;
        }
        List<double[]> stays = new ArrayList<>();
        List<double[]> ratings = new ArrayList<>();
        double[] meanStay = new double[9];
        for (int h = 0; h < 9; h++) {
            double rc = 3.86 + (4.22 - 3.86) * h / 8;
            HospitalParameters p = Runs.defaults().with().seed(100 + h).days(DAYS)
                    .coordination(Runs.defaults().coordination().withInitialRc(rc)).build();
            Hospital hospital = new Hospital(p, true);
            hospital.addListener(new RunListener() {
                @Override
                public void onStayEnded(PatientRecord r) {
                    if (r.admittedAt() >= 0 && r.unitPath().equals("surgery") && !r.diedInHospital()
                            && !Double.isNaN(r.careTeamRc())) {
                        stays.add(new double[] {r.lengthOfStay(), r.careTeamRc()});
                    }
                    if (r.admittedAt() >= 0 && !r.diedInHospital() && !Double.isNaN(r.careTeamRc())) {
                        ratings.add(new double[] {r.experienceScore(), r.careTeamRc()});
                    }
                }
            });
            hospital.runToEnd();
            meanStay[h] = hospital.summary().metric("mean_los_days");
        }
        double beta = standardizedBeta(stays);
        int n = stays.size();
        double my = 0;
        for (double[] s : stays) {
            my += s[0] / n;
        }
        double syy = 0;
        for (double[] s : stays) {
            syy += (s[0] - my) * (s[0] - my);
        }
        double cv = Math.sqrt(syy / n) / my;
        result = new Result(beta, beta * cv / COHORT_CV, cv, n, meanStay, standardizedBeta(ratings), ratings.size());
        return result;
    }

    /** The standardized beta of y on x, pairs {y, x}: with one regressor, their correlation. */
    private static double standardizedBeta(List<double[]> pairs) {
        int n = pairs.size();
        double mx = 0;
        double my = 0;
        for (double[] s : pairs) {
            my += s[0] / n;
            mx += s[1] / n;
        }
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (double[] s : pairs) {
            sxy += (s[0] - my) * (s[1] - mx);
            sxx += (s[1] - mx) * (s[1] - mx);
            syy += (s[0] - my) * (s[0] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    static double rescaledBeta() {
        return run().rescaledBeta();
    }

    static double experienceBeta() {
        return run().experienceBeta();
    }
}
