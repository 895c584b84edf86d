package org.groundswell.model.region;

import java.io.Serializable;

import org.groundswell.model.workforce.BankTerms;
import org.groundswell.model.workforce.Staffing;
import org.groundswell.model.workforce.Workforce;

/**
 * The regional staff bank (NHS Professionals 2022): the members' own staff who hold a bank contract offer
 * extra shifts, and work each at the bank or for an agency by a logit in the bank's pay against agency pay
 * ({@link BankParameters#bankChoice}). The shifts offered at the bank that shared data lets it match to gaps
 * ({@link SharedDataParameters#match}) are shared among the members in proportion to what each asked of it the
 * day before: every member gets the same share of its asks, up to all of them, so no member's needs dominate.
 *
 * <p>Bank shifts can fail a member three ways. A bank nurse on a hospital other than their own does not know
 * it: its unfamiliarity, (1 − the member's own share of the bank's staff) × exp(−shifts the bank has worked
 * there per bank member / {@code bank.learningShifts}) × (1 − {@code bank.commonStandards}), lowers the
 * productive share of the shift and weighs in harm as agency shifts do (ties low on shared knowledge). The
 * shifts are worked on top of the members' own staff's hours, and tire them as overtime does. And each member
 * pays its share of running the agreement. Agency staffing keeps what the bank does not take.
 */
public final class RegionalBank implements Serializable {

    private static final long serialVersionUID = 1L;

    private final BankParameters bank;
    private final SharedDataParameters data;
    private final double agencyMultiple;
    private final Staffing[] staffing;
    private final Workforce[] workforce;
    /** Bank shifts worked at each member since the first day: how well the bank's staff know it. */
    private final double[] workedThere;
    private double askedYesterday;
    private double workedYesterday;

    /**
     * @param agencyMultiple the pay of an agency shift as a multiple of a staff shift
     * @param staffing       each member's staffing, in member order
     * @param workforce      each member's workforce
     */
    public RegionalBank(BankParameters bank, SharedDataParameters data, double agencyMultiple, Staffing[] staffing,
                        Workforce[] workforce) {
        this.bank = bank;
        this.data = data;
        this.agencyMultiple = agencyMultiple;
        this.staffing = staffing.clone();
        this.workforce = workforce.clone();
        this.workedThere = new double[staffing.length];
    }

    /** Before the members' day: sets each member's bank terms for the day. */
    public void open() {
        if (!bank.open()) {
            return;
        }
        double staff = 0;
        for (Workforce w : workforce) {
            staff += w.headcount();
        }
        double members = bank.membership() * staff;
        double offered = members * bank.extraShiftsPerWeek() / 7 * bank.bankChoice(agencyMultiple) * data.match();
        double fill = askedYesterday > 0 ? Math.min(1, offered / askedYesterday) : 0;
        double ownExtra = staff > 0 ? workedYesterday / staff : 0;
        for (int h = 0; h < staffing.length; h++) {
            double unfamiliar = unfamiliarity(h, staff, members);
            staffing[h].regionalBank(new BankTerms(fill, bank.payMultiple(),
                    1 - (1 - bank.unfamiliarProductivity()) * unfamiliar, bank.unfamiliarHarmWeight() * unfamiliar,
                    ownExtra, bank.governanceDailyCost()));
        }
    }

    /** After the members' day: what they asked of the bank, and what it worked where. */
    public void close() {
        if (!bank.open()) {
            return;
        }
        askedYesterday = 0;
        workedYesterday = 0;
        for (int h = 0; h < staffing.length; h++) {
            askedYesterday += staffing[h].coverShifts();
            double worked = 0;
            for (int u = 0; u < workforce[h].units(); u++) {
                worked += staffing[h].bankShifts(u);
            }
            workedThere[h] += worked;
            workedYesterday += worked;
        }
    }

    /** The unfamiliarity of the bank's shifts at member {@code h}, 0-1. */
    double unfamiliarity(int h, double staff, double members) {
        double own = staff > 0 ? workforce[h].headcount() / staff : 1;
        double learned = members > 0 ? Math.exp(-workedThere[h] / (members * bank.learningShifts())) : 1;
        return (1 - own) * learned * (1 - bank.commonStandards());
    }
}
