package org.cytobench.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.cytobench.project.ProjectFormat;

/**
 * Where a command's exceptions end. Commands turn the input problems they know into one line and exit 2 themselves; what
 * still escapes is handled here, so that the user never sees a raw stack trace:
 * <ul>
 * <li>an I/O problem (a file that vanished, a full disk, no permission) and running out of memory are input problems:
 * one line on stderr, exit {@link Main#BAD_INPUT};</li>
 * <li>anything else is a bug in Cytobench: one short "internal error, please report" line naming a log file that holds
 * the stack trace, exit {@link Main#INTERNAL_ERROR}.</li>
 * </ul>
 */
final class CommandBoundary {
    private CommandBoundary() {}

    /** A command run: returns its exit code. */
    interface Command {
        int run() throws Exception;
    }

    /** The folder internal-error logs go to: the system's temporary folder, always writable. */
    static Path defaultLogDir() { return Path.of(System.getProperty("java.io.tmpdir")); }

    static int run(String[] args, Command command, PrintStream err, Path logDir) {
        try {
            return command.run();
        } catch (UncheckedIOException e) {
            err.println("cytobench: " + describe(e.getCause()));
            return Main.BAD_INPUT;
        } catch (IOException e) {
            err.println("cytobench: " + describe(e));
            return Main.BAD_INPUT;
        } catch (OutOfMemoryError e) {
            long mb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
            err.println("cytobench: the input needs more memory than the " + mb + " MB Java may use here"
                    + " (give it more with java -Xmx4g -jar cytobench.jar …, or use smaller input)");
            return Main.BAD_INPUT;
        } catch (Throwable e) {   // StackOverflowError, RuntimeException, …: a bug, whatever the input
            err.println(internalError(args, e, logDir));
            return Main.INTERNAL_ERROR;
        }
    }

    /** The one line for a bug; the stack trace goes to a new log file whose path the line names. */
    static String internalError(String[] args, Throwable e, Path logDir) {
        String what = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage()));
        String line = "cytobench: internal error, please report it (" + what + ")";
        try {
            Path log = writeLog(args, e, logDir);
            return line + "; details in " + log;
        } catch (IOException | RuntimeException logFailed) {
            return line + "; the details could not be written to a log file in " + logDir + " (" + logFailed.getMessage() + ")";
        }
    }

    private static Path writeLog(String[] args, Throwable e, Path logDir) throws IOException {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT));
        Path log = Files.createTempFile(logDir, "cytobench-error-" + stamp + "-", ".log");
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        String text = ProjectFormat.WRITTEN_BY + " internal error\n"
                + "command: " + String.join(" ", args) + "\n"
                + "java: " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + "), "
                + System.getProperty("os.name") + " " + System.getProperty("os.version") + "\n\n" + trace;
        Files.writeString(log, text, StandardCharsets.UTF_8);
        return log;
    }

    /** An I/O problem in plain words, naming the file where Java knows it. */
    static String describe(IOException e) {
        if (e instanceof NoSuchFileException f) return f.getFile() + ": no such file or folder";
        if (e instanceof AccessDeniedException f) return f.getFile() + ": permission denied";
        if (e instanceof FileSystemException f && f.getFile() != null) {
            return f.getFile() + ": " + (f.getReason() == null ? "cannot be read or written" : f.getReason());
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : firstLine(e.getMessage());
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
