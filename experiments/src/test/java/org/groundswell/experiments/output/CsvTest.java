package org.groundswell.experiments.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void aLineIsWhatCommonsCsvWritesForTheDialect() {
        SplittableRandom random = new SplittableRandom(5);
        String alphabet = "09az.-_AZ,\"\n\r #;'\t";
        for (int k = 0; k < 200_000; k++) {
            List<String> cells = new ArrayList<>();
            int n = random.nextInt(1, 6);
            for (int c = 0; c < n; c++) {
                StringBuilder cell = new StringBuilder();
                int length = random.nextInt(0, 5);
                boolean plain = random.nextInt(4) > 0;
                for (int i = 0; i < length; i++) {
                    cell.append(alphabet.charAt(random.nextInt(plain ? 9 : alphabet.length())));
                }
                cells.add(cell.toString());
            }
            assertEquals(Csv.FORMAT.format(cells.toArray()) + "\n", Csv.line(cells), cells.toString());
        }
    }

    @Test
    void numbersAndNamesAreJoinedByCommas() {
        assertEquals("none,3,-0.25,,1e\n", Csv.line(List.of("none", "3", "-0.25", "", "1e")));
        assertEquals("\"\",1\n", Csv.line(List.of("", "1")));
    }
}
