package org.cytobench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What escapes a command: one plain line on stderr, never a stack trace; bugs leave their details in a log file. */
class CommandBoundaryTest {

    @TempDir Path logs;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(CommandBoundary.Command c) {
        return CommandBoundary.run(new String[] {"fit", "curve.csv"}, c, new PrintStream(err, true, StandardCharsets.UTF_8), logs);
    }

    private List<String> errLines() { return err.toString(StandardCharsets.UTF_8).lines().toList(); }

    @Test
    void aBugIsOneLineNamingALogFileWithTheStackTrace() throws Exception {
        int code = run(() -> { throw new IllegalStateException("no usable start point"); });
        assertEquals(Main.INTERNAL_ERROR, code);
        List<String> lines = errLines();
        assertEquals(1, lines.size(), lines.toString());
        String line = lines.get(0);
        assertTrue(line.startsWith("cytobench: internal error, please report it (IllegalStateException: no usable start point); details in "),
                line);
        Path log = Path.of(line.substring(line.indexOf("details in ") + "details in ".length()));
        assertEquals(logs, log.getParent());
        String text = Files.readString(log);
        assertTrue(text.startsWith("Cytobench 0.1.0 internal error\ncommand: fit curve.csv\n"), text);
        assertTrue(text.contains("java.lang.IllegalStateException: no usable start point"), text);
        assertTrue(text.contains("at org.cytobench.cli.CommandBoundaryTest"), "the stack trace is in the log: " + text);
    }

    @Test
    void aStackOverflowIsABugToo() {
        assertEquals(Main.INTERNAL_ERROR, run(CommandBoundaryTest::recurse));
        assertEquals(1, errLines().size());
        assertTrue(errLines().get(0).startsWith("cytobench: internal error, please report it (StackOverflowError)"), errLines().get(0));
    }

    @Test
    void anEscapedIoProblemIsBadInputInOneLine() {
        assertEquals(Main.BAD_INPUT, run(() -> { throw new UncheckedIOException(new NoSuchFileException("plates/p1.txt")); }));
        assertEquals(List.of("cytobench: plates/p1.txt: no such file or folder"), errLines());
        assertNoLogWritten();
    }

    @Test
    void aCheckedIoProblemIsBadInputInOneLine() {
        assertEquals(Main.BAD_INPUT, run(() -> { throw new IOException("No space left on device"); }));
        assertEquals(List.of("cytobench: No space left on device"), errLines());
    }

    @Test
    void runningOutOfMemoryIsBadInputInOneLine() {
        assertEquals(Main.BAD_INPUT, run(() -> { throw new OutOfMemoryError("Java heap space"); }));
        assertEquals(1, errLines().size());
        assertTrue(errLines().get(0).startsWith("cytobench: the input needs more memory than the "), errLines().get(0));
        assertNoLogWritten();
    }

    @Test
    void aLogThatCannotBeWrittenStillGivesOneLine() {
        Path missing = logs.resolve("no such folder");
        int code = CommandBoundary.run(new String[0], () -> { throw new ArithmeticException("/ by zero"); },
                new PrintStream(err, true, StandardCharsets.UTF_8), missing);
        assertEquals(Main.INTERNAL_ERROR, code);
        assertEquals(1, errLines().size());
        assertTrue(errLines().get(0).startsWith("cytobench: internal error, please report it (ArithmeticException: / by zero);"
                + " the details could not be written to a log file in " + missing), errLines().get(0));
    }

    @Test
    void aCommandThatReturnsPassesItsCodeThrough() {
        assertEquals(Main.FAILED, run(() -> Main.FAILED));
        assertEquals(List.of(), errLines());
    }

    @Test
    void mainStillRunsItsCommandsThroughTheBoundary() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"frobnicate"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(Main.USAGE, code);
        assertEquals("cytobench: unknown command 'frobnicate'", errLines().get(0));
        assertFalse(err.toString(StandardCharsets.UTF_8).contains("\tat "));
    }

    private void assertNoLogWritten() {
        try (Stream<Path> s = Files.list(logs)) {
            assertEquals(0, s.count(), "input problems write no log");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int recurse() { return recurse() + 1; }
}
