package org.groundswell.experiments.output;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVPrinter;
import org.groundswell.model.RunListener;
import org.groundswell.model.care.PatientRecord;

/**
 * Streams {@code patients.csv} as a run goes: a row per ended hospital stay, in the order stays end, for
 * patient-level analysis. Times are days on the run's calendar (warm-up negative) with the fraction of the day;
 * yes/no columns are {@code 1}/{@code 0}; {@code unit_path} lists the units of the stay joined by {@code >}.
 * Patients who died in hospital rated nothing: their {@code experience_score} and {@code would_recommend} are
 * empty.
 */
public final class PatientsCsv implements RunListener, Closeable {

    /** The file name inside a run's output directory. */
    public static final String FILE = "patients.csv";

    /** The columns, in order. */
    public static final List<String> HEADER = List.of("patient_id", "readmission", "admitted_at", "ended_at",
            "length_of_stay", "unit_path", "high_acuity", "adverse_events", "serious_adverse_events",
            "mean_patients_per_nurse", "care_team_rc", "died_in_hospital", "died_30d", "readmitted_30d", "falls",
            "pressure_injury", "waiting_days", "offservice_days", "discharged_early", "engagement",
            "patient_relationship", "experience_score", "would_recommend");

    private final CSVPrinter printer;

    private PatientsCsv(CSVPrinter printer) {
        this.printer = printer;
    }

    /**
     * Creates {@value #FILE} in {@code directory} and writes its header.
     *
     * @param directory where to write
     * @return the listener to pass to the run
     * @throws IOException if the file cannot be created
     */
    public static PatientsCsv create(Path directory) throws IOException {
        return new PatientsCsv(Csv.open(directory.resolve(FILE), HEADER));
    }

    @Override
    public void onStayEnded(PatientRecord p) {
        Csv.print(printer, List.of(
                Long.toString(p.patientId()),
                flag(p.readmission()),
                Numbers.format(p.admittedAt()),
                Numbers.format(p.endedAt()),
                Numbers.format(p.lengthOfStay()),
                p.unitPath(),
                flag(p.highAcuity()),
                Integer.toString(p.adverseEvents()),
                Integer.toString(p.seriousAdverseEvents()),
                Numbers.format(p.meanPatientsPerNurse()),
                Numbers.format(p.careTeamRc()),
                flag(p.diedInHospital()),
                flag(p.died30d()),
                flag(p.readmitted30d()),
                Integer.toString(p.falls()),
                flag(p.pressureInjury()),
                Numbers.format(p.waitingDays()),
                Numbers.format(p.offServiceDays()),
                flag(p.dischargedEarly()),
                Numbers.format(p.engagement()),
                Numbers.format(p.patientRelationship()),
                Numbers.format(p.experienceScore()),
                p.diedInHospital() ? "" : flag(p.wouldRecommend())));
    }

    @Override
    public void close() throws IOException {
        printer.close();
    }

    private static String flag(boolean b) {
        return b ? "1" : "0";
    }
}
