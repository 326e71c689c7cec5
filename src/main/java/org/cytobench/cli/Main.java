package org.cytobench.cli;

import java.io.PrintStream;
import java.util.Arrays;

/**
 * The headless command line: {@code fit}, {@code import}, {@code analyze}. Exit codes: 0 ok, 1 ran but failed QC or did not
 * converge, 2 bad input, 3 usage, 4 internal error. Whatever a command lets escape ends in {@link CommandBoundary}: never
 * a raw stack trace on stderr.
 */
public final class Main {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int BAD_INPUT = 2;
    public static final int USAGE = 3;
    /** A bug in Cytobench: one line naming the log file with the details (see {@link CommandBoundary}). */
    public static final int INTERNAL_ERROR = 4;

    private Main() {}

    public static void main(String[] args) {
        // a worker thread that dies of a bug gets the same one line and log file as the command itself
        Thread.setDefaultUncaughtExceptionHandler((t, e) ->
                System.err.println(CommandBoundary.internalError(args, e, CommandBoundary.defaultLogDir())));
        if (args.length > 0 && args[0].equals("analyze")) onTheQuickCompiler(args, true);
        if (args.length > 0 && args[0].equals("fit")
                && FitCommand.curveFiles(Arrays.copyOfRange(args, 1, args.length)) >= FitCommand.SECOND_JVM_FROM) {
            onTheQuickCompiler(args, false);
        }
        QuickCompilerJvm.followLauncher();
        System.exit(run(args, System.out, System.err));
    }

    /**
     * A short batch run belongs on C1 (decision 0016): in a second JVM started with {@code -XX:TieredStopAtLevel=1}, which
     * this process waits for and whose exit code it returns; else (that JVM could not be started, or an option of this
     * one must not run twice), when {@code directiveElse}, with the compiler directive in this JVM ({@code analyze}; for
     * {@code fit} the directive's 0.2 s of set-up is not repaid). Only from {@link #main}: {@link #run} (tests, other
     * callers in a JVM of their own) leaves the caller's compilers alone.
     */
    private static void onTheQuickCompiler(String[] args, boolean directiveElse) {
        java.util.List<String> options = QuickCompilerJvm.jvmOptions();
        QuickCompilerJvm.Plan plan = QuickCompilerJvm.plan(options);
        if (plan == QuickCompilerJvm.Plan.SECOND_JVM) {
            java.util.OptionalInt code = QuickCompilerJvm.run(options, Main.class.getName(), args);
            if (code.isPresent()) System.exit(code.getAsInt());
        }
        if (plan != QuickCompilerJvm.Plan.AS_IS && directiveElse) ShortRunCompiler.preferQuickCompiler();
    }

    /** Runs a command and returns its exit code; never calls System.exit (tests call this). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return CommandBoundary.run(args, () -> dispatch(args, out, err), err, CommandBoundary.defaultLogDir());
    }

    private static int dispatch(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            out.print(usage());
            return args.length == 0 ? USAGE : OK;
        }
        if (args[0].equals("--version")) {
            out.println("Cytobench " + org.cytobench.desktop.AppVersion.current());
            return OK;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (args[0]) {
            case "fit" -> {
                return FitCommand.run(rest, out, err);
            }
            case "import" -> {
                return ImportCommand.run(rest, out, err);
            }
            case "analyze" -> {
                return AnalyzeCommand.run(rest, out, err);
            }
            case "flow" -> {
                return FlowCommand.run(rest, out, err);
            }
            case "new" -> { return NewCommand.run(rest, out, err); }
            case "validate" -> { return ValidateCommand.run(rest, out, err); }
            case "layout" -> { return LayoutCommand.run(rest, out, err); }
            default -> {
                err.println("cytobench: unknown command '" + args[0] + "'");
                err.print(usage());
                return USAGE;
            }
        }
    }

    public static String usage() {
        return """
                Usage: java -jar cytobench.jar [COMMAND] [OPTIONS]

                Without a command, opens the Cytobench workbench ([--settings-dir DIR] [EXPERIMENT.cytobench]).
                  --version   prints the version

                Commands:
                  fit CURVE.csv [...] --model 4pl|5pl|linear|loglog --weighting none|1/y|1/y2|1/x2 [--predict R1,R2,...]
                  import FILE [--format NAME] --json
                  analyze EXPERIMENT.cytobench --out DIR
                  analyze --layout LAYOUT --plate FILE [--plate FILE ...] --out DIR
                  flow FILE.fcs [...] [--gates GATES.xml|WORKSPACE.wsp] [--medians CH1,CH2] [--json]

                  new EXPERIMENT.cytobench --template pbmc-thymalfasin [--donors N] [--doses 10,50,100] [--stimulus lps:100]
                      [--analytes IL-6,TNF-alpha,IL-10] [--standards 1000:2:7] [--replicates 3] [--name NAME] [--force]
                  validate EXPERIMENT.cytobench [...]
                  layout export EXPERIMENT.cytobench --culture|--assay NAME --out MAP.csv|MAP.xlsx
                  layout import MAP.csv|MAP.xlsx --into EXPERIMENT.cytobench --culture|--assay NAME [--analyte NAME]

                Exit codes: 0 ok, 1 ran but failed QC or did not converge, 2 bad input, 3 usage error,
                4 internal error (a bug: please report it with the log file named on stderr).
                """;
    }
}
