package org.cytobench.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.cytobench.project.validation.ExperimentFileValidator;
import org.cytobench.project.validation.Problem;

/**
 * {@code validate EXPERIMENT.cytobench [...]}: checks hand-written or generated files against the format and prints every
 * problem as {@code FILE: PATH: REASON}, one a line, on stderr (stdout says "FILE: valid" for a good one). Exit 0 when
 * every file is valid, 2 when one is not, 3 usage.
 */
final class ValidateCommand {
    private ValidateCommand() {}

    static final String USAGE = "Usage: java -jar cytobench.jar validate EXPERIMENT.cytobench [MORE.cytobench ...]";

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) return usage(err, "EXPERIMENT.cytobench is missing");
        for (String a : args) if (a.startsWith("--")) return usage(err, "unknown option '" + a + "'");
        ExperimentFileValidator validator = new ExperimentFileValidator();
        int code = Main.OK;
        for (String a : args) {
            Path file = Path.of(a);
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (NoSuchFileException e) {
                err.println(a + ": no such file");
                code = Main.BAD_INPUT;
                continue;
            } catch (IOException e) {
                err.println(a + ": cannot be read (" + e.getMessage() + ")");
                code = Main.BAD_INPUT;
                continue;
            }
            List<Problem> problems = validator.validate(bytes, file.getFileName().toString());
            if (problems.isEmpty()) {
                out.println(a + ": valid");
            } else {
                for (Problem p : problems) err.println(a + ": " + p);
                err.println(a + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems"));
                code = Main.BAD_INPUT;
            }
        }
        return code;
    }

    private static int usage(PrintStream err, String problem) {
        err.println("cytobench validate: " + problem);
        err.println(USAGE);
        return Main.USAGE;
    }
}
