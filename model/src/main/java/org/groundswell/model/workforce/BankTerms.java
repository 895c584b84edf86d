package org.groundswell.model.workforce;

import java.io.Serializable;

/**
 * What a regional staff bank offers a member hospital for a day, and what its shifts are like there.
 *
 * @param fillShare       share of the shifts agency would fill that bank staff work instead
 * @param payMultiple     cost of a bank shift as a multiple of a staff shift
 * @param productivity    productive share of a bank shift, lower while its staff do not know the hospital
 * @param unfamiliarWeight how much a bank shift weighs in harm as a share of an agency shift (unfamiliarity)
 * @param ownExtraShifts  bank shifts the hospital's own staff work elsewhere, per head per day: hours on top of
 *                        their own, which tire them as overtime does
 * @param governanceCost  the hospital's share of the cost of the regional agreement, per day
 */
public record BankTerms(double fillShare, double payMultiple, double productivity, double unfamiliarWeight,
                        double ownExtraShifts, double governanceCost) implements Serializable {

    /** No regional bank. */
    public static final BankTerms NONE = new BankTerms(0, 1, 1, 0, 0, 0);

    public BankTerms {
        if (!(fillShare >= 0 && fillShare <= 1) || !(productivity >= 0 && productivity <= 1)
                || !(unfamiliarWeight >= 0 && unfamiliarWeight <= 1) || !(payMultiple > 0) || !(ownExtraShifts >= 0)
                || !(governanceCost >= 0)) {
            throw new IllegalArgumentException("bank terms out of range: " + fillShare + ", " + payMultiple + ", "
                    + productivity + ", " + unfamiliarWeight + ", " + ownExtraShifts + ", " + governanceCost);
        }
    }
}
