package org.groundswell.model.change;

import java.util.List;

import org.groundswell.model.coordination.Dimension;
import org.groundswell.model.improvement.Practice;
import org.groundswell.model.improvement.Practices;
import org.groundswell.model.improvement.Problem;
import org.groundswell.model.parameters.HospitalParameters;

/**
 * What a {@link Strategy} (and an intervention) may see and do in the hospital: the facade between change
 * and the rest of the model. Units are numbered 0 to {@link #units()} - 1 in scenario order; people are
 * nodes of the staff network (frontline positions, then physicians, then unit managers).
 *
 * <p>Reading: the problems and what each unit's staff know of them ({@link Problem#status}), which of them
 * leadership knows ({@link Problem#leadershipKnows}), the practices in place, relational coordination by
 * unit and the trust on the ties between units, psychological safety and fear, load and exhaustion.
 *
 * <p>Acting: put a practice in place or fix a problem; take staff time from care for training and
 * improvement ({@link #takeFromCare}: the hours are counted, part is covered by paid backfill, the rest
 * leaves the unit short tomorrow); spend money on the change ({@link #spend}); add strain; raise ties,
 * safety and respect; soften leadership's blame; staff and bank interventions.
 */
public interface ChangeContext {

    // ---- the run

    /** The run's parameters. */
    HospitalParameters parameters();

    /** Today: 0 is the first day of the strategy period. */
    int day();

    /** The key of the strategy stream, for keyed draws: {@code KeyedRandom.of(key(), purpose, ...)}. */
    long key();

    // ---- units, problems and practices

    /** Number of units. */
    int units();

    /** The name of unit {@code u}. */
    String unitName(int u);

    /** The problems present now, fixed or not, in order of appearance (read-only). */
    List<Problem> problems();

    /** The severity problem {@code p} has on its {@code k}th unit now, after its fixes and the unit's practice. */
    double severity(Problem p, int k);

    /** The practices in place. */
    Practices practices();

    /** Puts {@code practice} in place on its unit, replacing any practice of its type there. */
    void adopt(Practice practice);

    /** Fixes problem {@code p} on its {@code k}th unit, removing share {@code fit} of its severity there for good. */
    void fix(Problem p, int k, double fit);

    // ---- people and relationships

    /** The frontline staff of unit {@code u} employed today (network nodes, in a fixed order). */
    int[] staff(int u);

    /** Who holds frontline staff node {@code node} now: a person's identifier, or -1 while it is vacant. */
    long person(int node);

    /** The manager of unit {@code u} (a network node). */
    int manager(int u);

    /** The physicians whose home unit is {@code u} (network nodes). */
    int[] physicians(int u);

    /**
     * The share of the physicians rounding on unit {@code u} who take part in improvement work this week,
     * 0–1: it falls with their load and burnout and rises with the RC of their ties and physician leadership
     * ({@link org.groundswell.model.workforce.Physicians#joinShare}).
     */
    double physicianJoinShare(int u);

    /** Problem-solving communication and shared knowledge on unit {@code u}, RC 1–5. */
    double problemSolving(int u);

    /** Mutual respect and shared goals on unit {@code u}, RC 1–5. */
    double relationship(int u);

    /** RC index of the ties within unit {@code u} (or of its care team when it has none), 1–5. */
    double unitRc(int u);

    /**
     * Trust between units: entry [a][b] is the sum, over the ties between people of units a and b employed
     * today, of each tie's RC rescaled to 0–1 ((RC - 1) / 4). Symmetric; the diagonal is 0.
     */
    double[][] trust();

    /**
     * The people of {@code people}, a team that worked through a cycle together, solved a problem: their ties
     * gain ({@code coordination.successGain}), and the norm of every tie within their units (between them, for a
     * team drawn from several units) rises by {@code coordination.successNormGain}: sustained joint problem
     * solving transforms how a unit's roles coordinate, for as long as it is renewed.
     */
    void jointSuccess(int[] people);

    /** Raises dimension {@code d} by {@code amount} RC points on the ties within units and/or across them. */
    void boost(Dimension d, double amount, boolean withinUnits, boolean acrossUnits);

    // ---- culture

    /** Psychological safety of unit {@code u}, 0–1. */
    double safety(int u);

    /** Fear of blame on unit {@code u}, 0–1. */
    double fear(int u);

    /** Leadership acted on {@code fixes} problems the staff of unit {@code u} raised: their safety rises. */
    void actedOn(int u, int fixes);

    /** Raises unit {@code u}'s psychological safety and the level it drifts back to by {@code amount}. */
    void raiseSafety(int u, double amount);

    /**
     * Coproduction on unit {@code u} from today: its patient-staff relationship rises by {@code relationship}
     * RC points and the engagement its patients are drawn toward by {@code engagement}.
     */
    void coproduce(int u, double relationship, double engagement);

    /**
     * The share of its team's hours unit {@code u} releases from care today, given the model's own
     * {@code share}: the unit's manager may decide otherwise (the hospital's decisions hook, which the browser
     * classroom lets a student answer).
     */
    double releasedShare(int u, double share);

    /** Scales leadership's chance of blaming rather than analysing reported harm (1: as the scenario says). */
    void scaleBlame(double factor);

    /** Raises the respect unit managers show their staff by {@code amount} (0–1 scale) for voice. */
    void raiseManagerRespect(double amount);

    /**
     * Takes {@code share} of unit {@code u}'s manager's attention today (monitoring a mandate, supporting a team):
     * tomorrow they have that much less for fixing the problems staff raise ({@code leadership.monitorAttention},
     * {@code leadership.teamAttention}).
     */
    void occupyManager(int u, double share);

    /**
     * How fully unit {@code u}'s manager sponsors its improvement team today: 0 for a manager who has just taken
     * the post, rising to 1 over {@code leadership.sponsorDays}.
     */
    double sponsorship(int u);

    // ---- workforce, time and money

    /** Patients per nurse (general-unit equivalent) above the sustainable load on unit {@code u} today. */
    double overload(int u);

    /** Mean exhaustion of unit {@code u}'s staff, 0–1. */
    double meanExhaustion(int u);

    /**
     * Mean cynicism (depersonalization, the MBI's second scale) of the staff employed on unit {@code unit}, 0–1:
     * it rises with exhaustion, with being "done to" ({@link #doneTo}) and with problems raised and left
     * unfixed, and makes staff speak up less.
     */
    double cynicism(int unit);

    /**
     * Mean professional efficacy (the MBI's third scale) of the staff employed on unit {@code unit}, 0–1: it
     * grows with tenure and with fixes that worked on the unit (a raised problem fixed, a practice of its own),
     * falls with exhaustion, and raises the chance that the unit's team succeeds
     * ({@code wellbeing.efficacySuccessEffect}).
     */
    double efficacy(int unit);

    /**
     * Today unit {@code unit}'s staff are "done to" — a mandate imposed on them or its compliance monitored —
     * with {@code dose} between 0 and 1 (doses on the same day add). Their cynicism rises
     * ({@code wellbeing.cynicismFromDoneTo}, remembered over {@code wellbeing.doneToMemoryDays}) and the norms
     * of the unit's ties fall ({@code coordination.doneToNormLoss} a year at full dose). Call it on each day the
     * unit is under the mandate.
     *
     * @throws IllegalArgumentException if {@code dose} is not between 0 and 1
     */
    void doneTo(int unit, double dose);

    /** Frontline staff employed on unit {@code u}. */
    int headcount(int u);

    /** Staff-shifts worked on unit {@code u} today (own staff, overtime, bank and agency). */
    double shiftsOnDuty(int u);

    /**
     * Takes {@code hours} staff-hours of unit {@code u} from care today, for training or improvement work:
     * counted in {@code improvement_hours}. If {@code coverable}, the covered share
     * ({@code change.backfillShare}) is paid as extra shifts; the rest leaves the unit short of time for care
     * tomorrow (in all at most {@code change.maxTimeAway} of its staff time).
     */
    void takeFromCare(int u, double hours, boolean coverable);

    /** Posts {@code amount} of change spending (consultants, programmes) to the ledger's improvement component. */
    void spend(double amount);

    /** Adds {@code strain} (log-odds of exhaustion; negative relieves) to unit {@code u}'s staff today. */
    void addStrain(int u, double strain);

    /** From today, vacancies are filled faster and agency covers more of the shift gap (staffing stabilization). */
    void stabilizeStaffing(double fillFactor, double agencyCover);

    /** From today, bank staff work {@code fillShare} of the shifts agency would fill, at {@code costMultiple}. */
    void openStaffBank(double fillShare, double costMultiple);

    /** From today, the boundary spanners added for a scheduled boundary-spanners intervention have their ties. */
    void activateAddedSpanners();
}
