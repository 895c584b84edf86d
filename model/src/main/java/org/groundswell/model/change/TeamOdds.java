package org.groundswell.model.change;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import org.groundswell.model.kernel.Calendar;
import org.groundswell.model.kernel.LogOdds;
import org.groundswell.model.parameters.ChangeParameters;

/**
 * The odds of an improvement team's cycle: that it succeeds, and, when it fails, that the team breaks up. Both
 * are set on the log-odds scale by the unit's conditions and what the organization gives its teams
 * ({@link TeamSupport}); the chance of breaking up also grows with the other projects the unit started in the
 * last year (project fatigue), which this class remembers.
 */
final class TeamOdds implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final double CENTRE = 0.5;

    private final TeamSupport support;
    /** The days each unit's recent teams formed, for project fatigue. */
    private final List<int[]> formed = new ArrayList<>();

    TeamOdds(TeamSupport support) {
        this.support = support;
    }

    /** Notes that unit {@code u} started a team on {@code day}, for the fatigue of many projects. */
    void noteFormed(int u, int day) {
        formed.add(new int[] {u, day});
    }

    /** Forgets the teams formed more than a year before {@code day}. */
    void forget(int day) {
        formed.removeIf(f -> day - f[1] >= Calendar.DAYS_PER_YEAR);
    }

    /**
     * The chance that team {@code t}, whose cycle just failed, breaks up: infighting where respect and shared
     * goals are low, passivity where fear is high, members lost to turnover, exhaustion, and the fatigue of the
     * other projects its unit started in the last year.
     */
    double dissolveChance(ChangeContext context, ChangeParameters change, Team t, int day) {
        int u = t.unit;
        double reference = context.parameters().coordination().referenceRc();
        int others = -1;
        for (int[] f : formed) {
            others += f[0] == u && day - f[1] < Calendar.DAYS_PER_YEAR ? 1 : 0;
        }
        double logOdds = change.infightingEffect() * Math.max(0, reference - context.relationship(u))
                + change.passivityEffect() * context.fear(u)
                + change.memberLossEffect() * t.lostShare(context)
                + change.burnoutEffect() * (context.meanExhaustion(u) - context.parameters().wellbeing().exhaustionCutoff())
                + change.fatigueEffect() * Math.max(0, others);
        return LogOdds.shift(change.dissolveChance(), logOdds);
    }

    /**
     * The chance that a cycle of team {@code t} on unit {@code u} succeeds; for a Study Action Team
     * ({@code u} -1), of the hospital: the units' mean problem solving, safety, fear, overload and physicians
     * joining. Its odds are multiplied by 1 + {@code physicians.physicianInvolvementEffect} × the share of the
     * unit's rounding physicians who take part in improvement work (Kaplan et al. 2010, MUSIQ), apart from the
     * engaged physician a team may have among its members.
     */
    double successChance(ChangeContext context, ChangeParameters change, Team t, int u) {
        double reference = context.parameters().coordination().referenceRc();
        double problemSolving;
        double safety;
        double fear;
        double overload;
        double physiciansJoining;
        if (u >= 0) {
            problemSolving = context.problemSolving(u);
            safety = context.safety(u);
            fear = context.fear(u);
            overload = context.overload(u);
            physiciansJoining = context.physicianJoinShare(u);
        } else {
            problemSolving = 0;
            safety = 0;
            fear = 0;
            overload = 0;
            physiciansJoining = 0;
            int units = context.units();
            for (int v = 0; v < units; v++) {
                problemSolving += context.problemSolving(v) / units;
                safety += context.safety(v) / units;
                fear += context.fear(v) / units;
                overload += context.overload(v) / units;
                physiciansJoining += context.physicianJoinShare(v) / units;
            }
        }
        double logOdds = context.parameters().coordination().problemSolvingEffect() * (problemSolving - reference)
                + change.safetyEffect() * (safety - CENTRE)
                - change.fearEffect() * fear
                - change.overloadEffect() * Math.max(0, overload)
                + (t.physician ? change.physicianEffect() : 0)
                + Math.log(1 + context.parameters().physicians().physicianInvolvementEffect() * physiciansJoining)
                + (t.consultant ? change.consultantEffect() * support.setUp() : 0)
                + support.educationEffect()
                + support.alignmentEffect()
                + (t.adapting() ? change.adaptationEffect() : 0)
                + (u >= 0 ? context.parameters().leadership().sponsorEffect() * (context.sponsorship(u) - 1) : 0)
                + (u >= 0 ? context.parameters().wellbeing().efficacySuccessEffect() * (context.efficacy(u) - context.parameters().wellbeing().referenceEfficacy()) : 0);
        return LogOdds.shift(change.successRate(), logOdds);
    }
}
