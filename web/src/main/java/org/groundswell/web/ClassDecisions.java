package org.groundswell.web;

import java.util.List;

import org.groundswell.model.Hospital;
import org.groundswell.model.culture.Decisions;
import org.groundswell.model.improvement.ProblemType;

/**
 * The class's hospital's decisions ({@link Decisions}): each asks the room, which puts it to the students of the
 * seat it belongs to, and answers null for the model's own. The kinds of decision, their choices and what each
 * choice does in the model are here, so a headless replay of a class's decisions does the same. Not to be
 * checkpointed: the room it asks is not.
 */
final class ClassDecisions implements Decisions {

    private static final long serialVersionUID = 1L;

    /** Who is asked: the room. */
    @FunctionalInterface
    interface Asker {
        /** The students' choice of {@code kind} on unit {@code unit} today, or null for the model's own. */
        String decide(Kind kind, int unit, int day, String model, String detail);
    }

    /** A kind of decision: who makes it, and its choices. */
    enum Kind {
        HARM("harm", Seats.Role.MANAGER, List.of("blame", "joint-analysis"),
                List.of("Blame the person involved", "A joint analysis with the unit")),
        RELEASE("release", Seats.Role.MANAGER, List.of("release", "hold"),
                List.of("Release the team's hours", "Keep everyone on the floor")),
        SPEAK_UP("speak-up", Seats.Role.FRONTLINE, List.of("raise", "work-around"),
                List.of("Raise it with the manager", "Keep working around it"));

        final String id;
        final Seats.Role role;
        final List<String> choices;
        final List<String> labels;

        Kind(String id, Seats.Role role, List<String> choices, List<String> labels) {
            this.id = id;
            this.role = role;
            this.choices = choices;
            this.labels = labels;
        }

        /** The kind whose id is {@code id}. */
        static Kind of(String id) {
            for (Kind k : values()) {
                if (k.id.equals(id)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("no kind of decision " + id);
        }
    }

    private final transient Asker room;

    ClassDecisions(Asker room) {
        this.room = room;
    }

    @Override
    public HarmResponse answerHarm(int unit, int day, HarmResponse drawn) {
        String model = drawn == HarmResponse.BLAME ? "blame" : "joint-analysis";
        String answer = room.decide(Kind.HARM, unit, day, model, "");
        return answer == null ? drawn : harm(answer);
    }

    @Override
    public double releaseTime(int unit, int day, double share) {
        String spare = Math.round(share * 100) + "%";
        String answer = room.decide(Kind.RELEASE, unit, day, "release " + spare + " of the hours", spare);
        return answer == null ? share : released(answer);
    }

    @Override
    public boolean speakUp(int unit, ProblemType type, int day, boolean drawn) {
        String kind = type.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        String answer = room.decide(Kind.SPEAK_UP, unit, day, drawn ? "raise" : "work-around", kind);
        return answer == null ? drawn : raised(answer);
    }

    /** What a harm answer does in the model. */
    static HarmResponse harm(String choice) {
        return choice.equals("blame") ? HarmResponse.BLAME : HarmResponse.JOINT_ANALYSIS;
    }

    /** The share of the team's hours a release answer gives: all of them, or none. */
    static double released(String choice) {
        return choice.equals("release") ? 1 : 0;
    }

    /** Whether a speak-up answer raises the problem. */
    static boolean raised(String choice) {
        return choice.equals("raise");
    }

    /** The question of a decision, with what the student can see of the unit today. */
    static String question(Kind kind, Hospital hospital, int unit, String detail, double patientsPerNurse) {
        String name = hospital.units().get(unit).parameters().name();
        double safety = hospital.culture().safety(unit);
        return switch (kind) {
            case HARM -> String.format(java.util.Locale.ROOT, "A patient was harmed on %s today, and a nurse "
                    + "reported it. Psychological safety on the unit is %.2f, fear of blame %.2f. How do you answer?",
                    name, safety, hospital.culture().fear(unit));
            case RELEASE -> String.format(java.util.Locale.ROOT, "The improvement team on %s needs its hours today, "
                    + "away from patients. %d patients are in beds, %.1f per nurse; the unit could spare %s of the "
                    + "hours. Do you release the team?", name, hospital.units().get(unit).census(), patientsPerNurse, detail);
            case SPEAK_UP -> String.format(java.util.Locale.ROOT, "On %s you keep working around a broken system "
                    + "(%s). Psychological safety on the unit is %.2f; %d problems staff raised still wait for a fix. "
                    + "Do you raise it?", name, detail, safety, hospital.culture().unanswered(unit));
        };
    }
}
