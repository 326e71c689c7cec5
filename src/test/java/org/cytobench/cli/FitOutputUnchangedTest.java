package org.cytobench.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code fit} prints, byte for byte, what it printed before the array LM and the direct JSON writer replaced Commons
 * Math and Jackson: the fixtures in src/test/resources/fit/cli were made by make-expected.sh on the earlier code.
 */
class FitOutputUnchangedTest {
    private static final Path DIR = Path.of("src/test/resources/fit");

    static Stream<String> combinations() {
        List<String> c = new ArrayList<>();
        for (String m : List.of("4pl", "5pl", "linear", "loglog")) for (String w : List.of("none", "1/y", "1/y2", "1/x2")) c.add(m + " " + w);
        return c.stream();
    }

    private static List<String> curves() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.filter(p -> p.toString().endsWith(".csv")).map(Path::toString).sorted().toList();
        }
    }

    /** stdout of the command followed by "exit N", as the script records it. */
    private static byte[] run(List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        int exit = Main.run(args.toArray(String[]::new), ps, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        ps.print("exit " + exit + "\n");
        return out.toByteArray();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("combinations")
    void severalCurvesPrintWhatTheyPrintedBefore(String combination) throws IOException {
        String model = combination.split(" ")[0], weighting = combination.split(" ")[1];
        List<String> args = new ArrayList<>(List.of("fit"));
        args.addAll(curves());
        args.addAll(List.of("--model", model, "--weighting", weighting, "--predict", "0.05,0.5,1,2,-1"));
        byte[] expected = Files.readAllBytes(DIR.resolve("cli/expected-" + model + "-" + weighting.replace("/", "") + ".jsonl"));
        byte[] actual = run(args);
        assertEquals(new String(expected, StandardCharsets.UTF_8), new String(actual, StandardCharsets.UTF_8));
        assertArrayEquals(expected, actual);
    }

    @Test
    void eachCurveOnItsOwnPrintsWhatItPrintedBefore() throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (String curve : curves()) all.writeBytes(run(List.of("fit", curve)));
        assertArrayEquals(Files.readAllBytes(DIR.resolve("cli/expected-single.jsonl")), all.toByteArray());
    }
}
