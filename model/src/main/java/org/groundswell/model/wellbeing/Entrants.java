package org.groundswell.model.wellbeing;

import java.io.Serializable;

import org.groundswell.model.kernel.KeyedRandom;
import org.groundswell.model.kernel.Role;
import org.groundswell.model.workforce.Workforce;
import org.groundswell.model.workforce.WorkforceParameters;

/**
 * Who starts in a position: the lasting trait (and, for a nurse, the latents of dissatisfaction and intent) of
 * the staff on the first day and of the people hired, drawn so that quitting does not sort the workforce into a
 * drift during the run.
 *
 * <ul>
 *   <li>On the first day, staff other than nurses are survivors: burned-out staff quit
 *       {@code workforce.burnoutQuitRatio} times as often, so the people still employed are the hires weighted by
 *       how long they stay ({@link #veteranTrait}). Nurses are drawn as Aiken et al. 2002 surveyed them, trait and
 *       latents as their distributions say.</li>
 *   <li>A nurse hired is drawn from the nurses who take the job, who are the nurses employed weighted by how soon
 *       they leave ({@link #hiredNurse}). So the nurses employed keep Aiken's cross-section and its shares of
 *       intent, and new nurses leave more often than those who stayed (the job-matching account of turnover,
 *       Jovanovic 1979, J Polit Econ 87:972; NSI: first-year RNs leave most).</li>
 * </ul>
 */
final class Entrants implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A nurse who takes the job: its lasting trait and its two latents. */
    record Nurse(double trait, double dissatisfaction, double intent) {
    }

    private final WellbeingParameters wellbeing;
    private final double burnoutQuitRatio;
    private final double intentQuitRatio;
    private final Workforce staff;
    private final JobAttitudes attitudes;

    Entrants(WellbeingParameters wellbeing, WorkforceParameters workforce, Workforce staff, JobAttitudes attitudes) {
        this.wellbeing = wellbeing;
        this.burnoutQuitRatio = workforce.burnoutQuitRatio();
        this.intentQuitRatio = workforce.intentQuitRatio();
        this.staff = staff;
        this.attitudes = attitudes;
    }

    /** Strain from the load of {@code role} at the staffing plan's target. */
    double expectedStrain(Role role) {
        return wellbeing.workloadStrain() * (staff.basis(role) - wellbeing.sustainablePatientsPerNurse());
    }

    /** The lasting trait of someone in a position of {@code role} on the first day. */
    double veteranTrait(Role role, KeyedRandom random) {
        return role == Role.REGISTERED_NURSE
                ? wellbeing.traitSd() * random.nextGaussian()
                : survivorTrait(random, expectedStrain(role));
    }

    /**
     * A nurse hired: one of trait, dissatisfaction latent and intent latent whose chance of intending to leave at
     * the planned load is q is kept with probability (1 + q (ratio - 1)) / ratio, ratio being {@code
     * workforce.intentQuitRatio} (rejection sampling; the chance of being burned out by the logistic
     * approximation, dissatisfaction at the cut-off's exhaustion).
     */
    Nurse hiredNurse(KeyedRandom random) {
        double expectedStrain = expectedStrain(Role.REGISTERED_NURSE);
        while (true) {
            double newTrait = wellbeing.traitSd() * random.nextGaussian();
            double dissatisfaction = random.nextDouble();
            double intent = random.nextDouble();
            double q = intentChance(newTrait, dissatisfaction, intent, expectedStrain);
            if (random.nextDouble() * intentQuitRatio < 1 + q * (intentQuitRatio - 1)) {
                return new Nurse(newTrait, dissatisfaction, intent);
            }
        }
    }

    /**
     * The chance that a nurse of lasting trait {@code personalTrait} and latents {@code dissatisfaction} and
     * {@code intent} intends to leave on a given day at the planned load: burned out as {@link #burnedOutChance}
     * says, dissatisfied at the planned load as if at the cut-off's exhaustion.
     */
    private double intentChance(double personalTrait, double dissatisfaction, double intent, double expectedStrain) {
        double both = dissatisfaction < attitudes.plannedDissatisfaction()
                ? burnedOutChance(personalTrait, expectedStrain) : 0;
        return both * (intent < wellbeing.intentBurnedOutDissatisfied() ? 1 : 0)
                + (1 - both) * (intent < wellbeing.intentOthers() ? 1 : 0);
    }

    /**
     * The chance that a holder of lasting trait {@code personalTrait} is burned out at {@code expectedStrain},
     * over the slowly changing personal part (by the logistic approximation of the normal distribution).
     */
    private double burnedOutChance(double personalTrait, double expectedStrain) {
        double cutoff = wellbeing.exhaustionCutoff();
        double burnedOutAbove = Math.log(cutoff / (1 - cutoff)) - wellbeing.baseStrain() - expectedStrain;
        double z = (personalTrait - burnedOutAbove) / Math.max(1e-9, wellbeing.personalShockSd());
        return 1 / (1 + Math.exp(-1.702 * z));
    }

    /**
     * A lasting trait drawn from the workforce's steady state rather than from the hiring pool: a trait is kept
     * with probability 1 / (1 + p (ratio - 1)), where p is the chance that it leaves its holder burned out at the
     * planned load, over the slowly changing personal part (rejection sampling). Only the lasting trait is
     * weighted: the personal part reverts within months, so selecting on it would overcorrect. Without this the
     * hospital would drift for years as quitting sorts the staff, and that trend would be mistaken for the effect
     * of whatever happens during the run.
     */
    private double survivorTrait(KeyedRandom random, double expectedStrain) {
        while (true) {
            double candidate = wellbeing.traitSd() * random.nextGaussian();
            double burnedOut = burnedOutChance(candidate, expectedStrain);
            if (random.nextDouble() * (1 + burnedOut * (burnoutQuitRatio - 1)) < 1) {
                return candidate;
            }
        }
    }
}
