package org.groundswell.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * {@code docs/writing-a-strategy.md} shows a plug-in strategy whose files the build compiles and the model's
 * tests run ({@code model/src/test/java/org/groundswell/model/plugin}); each code block marked with its source
 * must be that file, verbatim, so the guide cannot drift from code that works.
 */
class StrategyGuideTest {

    private static final Pattern BLOCK = Pattern.compile("<!-- source: (\\S+) -->\n```\\w*\n(.*?)```\n",
            Pattern.DOTALL);

    @Test
    void everyCodeBlockIsTheCompiledFileItNames() throws IOException {
        String guide = Docs.read("writing-a-strategy.md");
        Matcher m = BLOCK.matcher(guide);
        List<String> sources = new ArrayList<>();
        while (m.find()) {
            Path file = Path.of("..").resolve(m.group(1));
            assertEquals(Files.readString(file, StandardCharsets.UTF_8), m.group(2),
                    "docs/writing-a-strategy.md: the block from " + m.group(1) + " differs from the file");
            sources.add(file.getFileName().toString());
        }
        assertEquals(List.of("WalkRoundsParameters.java", "WalkRounds.java", "WalkRoundsFactory.java",
                "org.groundswell.model.change.StrategyFactory"), sources);
    }
}
