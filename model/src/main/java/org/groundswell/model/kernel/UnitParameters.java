package org.groundswell.model.kernel;

import java.io.Serializable;
import java.util.List;
import java.util.regex.Pattern;

import io.soabase.recordbuilder.core.RecordBuilder;

import org.groundswell.model.param.Param;
import org.groundswell.model.param.ParameterException;
import org.groundswell.model.param.Requires;

/**
 * One hospital unit: its beds, the patients who enter the hospital through it, how long they stay, how sick
 * they are, how it is staffed relative to a general unit, and where its patients go next.
 *
 * @param name              a short identifier, lower case with dashes ({@code icu}, {@code med-surg-a})
 * @param beds              staffed beds
 * @param admissionsPerDay  patients entering the hospital through this unit per day (Poisson mean)
 * @param meanStayDays      mean length of a stay on this unit when care runs without delay
 * @param staySdDays        standard deviation of that stay (log-normal)
 * @param highAcuityShare   share of patients entering here who are high-acuity
 * @param nurseRatioFactor  the unit's patients-per-staff targets as a multiple of the general-unit targets
 * @param transfers         where patients go when their stay here ends; the rest are discharged
 */
@RecordBuilder
public record UnitParameters(
        @Param(description = "Short identifier of the unit: lower case letters, digits and dashes")
        String name,
        @Param(description = "Staffed beds (occupancy is census / beds; census may exceed beds as overflow)",
                unit = "beds", min = 1, max = 5000)
        int beds,
        @Param(description = "Patients entering the hospital through this unit per day (Poisson mean)",
                unit = "patients/day", min = 0, max = 5000,
                source = "sized so that the default hospital's occupancy is about 85% (AHA Hospital Statistics)")
        double admissionsPerDay,
        @Param(description = "Mean length of a stay on this unit when care runs without delay",
                unit = "days", min = 0.05, max = 365,
                source = "HCUP: mean inpatient stay about 4.5 days, split by unit (assumption)")
        double meanStayDays,
        @Param(description = "Standard deviation of the stay on this unit (log-normal)", unit = "days",
                min = 0, max = 365)
        double staySdDays,
        @Param(description = "Share of patients entering through this unit who are high-acuity",
                unit = "share 0-1", min = 0, max = 1)
        double highAcuityShare,
        @Param(description = "The unit's patients-per-staff targets as a multiple of the general-unit targets "
                + "(ICU 0.4: 2 patients per RN when staffing.patientsPerNurse is 5)",
                unit = "multiple", min = 0.1, max = 3,
                source = "California Title 22 ratios: ICU 1:2, step-down 1:3, telemetry and ED 1:4, medical-surgical 1:5")
        double nurseRatioFactor,
        @Param(description = "Where patients go when their stay here ends, as shares; the rest are discharged",
                max = 100)
        List<Transfer> transfers) implements Serializable, UnitParametersBuilder.With {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    public UnitParameters {
        transfers = transfers == null ? null : List.copyOf(transfers);
        Requires.valid(UnitParameters.class, name, beds, admissionsPerDay, meanStayDays, staySdDays,
                highAcuityShare, nurseRatioFactor, transfers);
        if (!NAME.matcher(name).matches()) {
            throw new ParameterException("name", name,
                    "lower case letters, digits and dashes, starting with a letter, at most 40 characters");
        }
        double total = 0;
        for (Transfer t : transfers) {
            total += t.share();
            if (t.to().equals(name)) {
                throw new ParameterException("transfers", t.to(), "a unit other than the unit itself");
            }
        }
        if (total > 1 + 1e-9) {
            throw new ParameterException("transfers", Requires.format(total),
                    "shares that add up to at most 1 (the rest are discharged)");
        }
    }

    /** The share of patients leaving this unit who leave the hospital. */
    public double dischargeShare() {
        double total = 0;
        for (Transfer t : transfers) {
            total += t.share();
        }
        return Math.max(0, 1 - total);
    }

    /**
     * A route from one unit to another.
     *
     * @param to    the receiving unit's name
     * @param share the share of patients leaving the unit who go there
     */
    @RecordBuilder
    public record Transfer(
            @Param(description = "Name of the receiving unit")
            String to,
            @Param(description = "Share of patients leaving the unit who go to the receiving unit",
                    unit = "share 0-1", min = 0, max = 1)
            double share) implements Serializable, UnitParametersTransferBuilder.With {

        public Transfer {
            Requires.valid(Transfer.class, to, share);
        }
    }
}
