package org.groundswell.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application jar, {@code target/groundswell-spark.jar}, as a cluster gets it: what it carries, and a sweep
 * through {@code spark-submit}'s own entry point ({@code org.apache.spark.deploy.SparkSubmit}) with
 * {@code --master local[2]}, in a process whose classpath holds Spark and the jar but not Groundswell's classes
 * otherwise. Run by the failsafe plugin after {@code package}.
 */
class ApplicationJarIT {

    private static final Path JAR = Path.of(System.getProperty("groundswell.spark.jar",
            "target/groundswell-spark.jar"));

    /**
     * Where the jar's classes may come from besides Groundswell: libraries that a Spark installation does not
     * ship. Anything else must be relocated under org/groundswell/shaded/, or it could meet another version of
     * itself on Spark's classpath.
     */
    private static final List<String> UNRELOCATED = List.of("org/groundswell/", "sim/", "ec/", "org/jfree/",
            "org/apache/velocity/", "picocli/", "me/tongfei/", "org/jline/", "org/apache/batik/", "org/apache/xmlgraphics/");

    @TempDir
    Path tmp;

    private Path experiment;

    @BeforeEach
    void experimentFiles() throws IOException {
        experiment = tmp.resolve("tiny-sweep.yaml");
        for (String name : List.of("tiny-sweep.yaml", "short.yaml")) {
            try (InputStream in = ApplicationJarIT.class.getResourceAsStream(name)) {
                Files.copy(in, tmp.resolve(name));
            }
        }
    }

    @Test
    void theJarCarriesGroundswellAndItsLibrariesButNeitherSparkNorAnythingSparkShipsUnderItsOwnName()
            throws IOException {
        assertTrue(Files.isRegularFile(JAR), JAR + " is built by the package phase");
        List<String> strays = new ArrayList<>();
        try (JarFile jar = new JarFile(JAR.toFile())) {
            assertEquals("org.groundswell.experiments.cli.GroundswellCommand",
                    jar.getManifest().getMainAttributes().getValue("Main-Class"));
            String factories = new String(jar.getInputStream(jar.getEntry(
                    "META-INF/services/org.groundswell.experiments.execution.BackendFactory")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertEquals("org.groundswell.spark.SparkBackendFactory", factories.strip());
            for (String entry : Collections.list(jar.entries()).stream().map(e -> e.getName()).toList()) {
                String name = entry.replaceFirst("^META-INF/versions/\\d+/", "");
                if (name.endsWith(".class") && !name.equals("module-info.class")
                        && !name.startsWith("org/groundswell/shaded/")
                        && UNRELOCATED.stream().noneMatch(name::startsWith)) {
                    strays.add(entry);
                }
            }
            for (String relocated : List.of("com/fasterxml/jackson/databind/ObjectMapper",
                    "org/yaml/snakeyaml/Yaml", "org/apache/commons/math3/distribution/TDistribution",
                    "org/apache/commons/csv/CSVParser", "org/apache/commons/lang3/StringUtils",
                    "org/slf4j/LoggerFactory", "org/slf4j/nop/NOPServiceProvider")) {
                assertTrue(jar.getEntry("org/groundswell/shaded/" + relocated + ".class") != null, relocated);
            }
        }
        assertEquals(List.of(), strays.subList(0, Math.min(20, strays.size())),
                strays.size() + " classes neither Groundswell's, relocated, nor of a library Spark lacks");
    }

    @Test
    void underSparkSubmitOnTwoLocalCoresTheJarWritesWhatItWritesAloneOnTheLocalBackend() throws Exception {
        Path local = tmp.resolve("local");
        Process alone = run(List.of(java(), "-jar", JAR.toString(), "sweep", experiment.toString(), "--out",
                local.toString(), "--threads", "2"), tmp.resolve("local.log"));
        assertEquals(0, alone.exitValue(), () -> log(tmp.resolve("local.log")));

        Path spark = tmp.resolve("spark");
        Process submitted = run(List.of(java(), "-cp", sparkClasspath(), "org.apache.spark.deploy.SparkSubmit",
                "--master", "local[2]", "--conf", "spark.ui.enabled=false",
                "--class", "org.groundswell.experiments.cli.GroundswellCommand", JAR.toString(),
                "sweep", experiment.toString(), "--backend", "spark", "--out", spark.toString()),
                tmp.resolve("spark.log"));
        String log = log(tmp.resolve("spark.log"));
        assertEquals(0, submitted.exitValue(), log);
        assertTrue(log.contains("= 8 runs, spark at local[2], 2 cores"), log);
        assertTrue(log.contains("tiny-sweep: 8 runs; 8 run now"), log);

        Map<String, byte[]> expected = files(local);
        Map<String, byte[]> actual = files(spark);
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((name, bytes) -> assertArrayEquals(bytes, actual.get(name), name));
    }

    @Test
    void withoutSparkTheJarComparesLocallyReportIncludedAndSaysHowToRunItUnderSparkSubmit() throws Exception {
        Path compare = tmp.resolve("compare");
        Process alone = run(List.of(java(), "-jar", JAR.toString(), "compare", "--replications", "2", "--days", "5",
                "--set", "warmupDays=5", "--out", compare.toString()), tmp.resolve("compare.log"));
        String compared = log(tmp.resolve("compare.log"));
        assertEquals(0, alone.exitValue(), compared);
        assertTrue(Files.readString(compare.resolve("report.html")).contains("<html"), "report.html");
        assertFalse(compared.contains("SLF4J"), compared);

        Process p = run(List.of(java(), "-jar", JAR.toString(), "sweep", experiment.toString(), "--backend",
                "spark", "--out", tmp.resolve("out").toString()), tmp.resolve("out.log"));
        String log = log(tmp.resolve("out.log"));
        assertEquals(2, p.exitValue(), log);
        assertTrue(log.startsWith("error: --backend spark: Spark is not on the classpath: run the command with "
                + "spark-submit"), log);
    }

    /**
     * This test's classpath without Groundswell's own classes and jars: Spark and the libraries, as a Spark
     * installation's {@code jars/} folder would hold them; the application jar brings Groundswell.
     */
    private static String sparkClasspath() {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (Files.isRegularFile(path) && !path.getFileName().toString().startsWith("groundswell-")) {
                entries.add(entry);
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Process run(List<String> command, Path log) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        Process process = builder.start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("timed out: " + command + "\n" + log(log));
        }
        return process;
    }

    private static String log(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(no output: " + e + ")";
        }
    }

    private static Map<String, byte[]> files(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }
}
