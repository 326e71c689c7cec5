package org.cytobench.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.cytobench.plate.Analyte;
import org.cytobench.plate.Experiment;
import org.cytobench.plate.ProtocolTemplate;
import org.cytobench.project.Project;
import org.cytobench.project.ProjectFileException;
import org.cytobench.project.ProjectFiles;

/**
 * {@code new EXPERIMENT.cytobench --template pbmc-thymalfasin [--name NAME] [--donors N] [--doses 10,50,100]
 * [--stimulus lps:100] [--analytes IL-6,TNF-alpha,IL-10] [--standards 1000:2:7] [--replicates 3] [--force]}: the
 * workbench's "New from template" without the GUI; options left out take the reference protocol's value. The file is
 * ready for {@code analyze --layout}. An existing file is kept unless {@code --force}.
 */
final class NewCommand {
    private NewCommand() {}

    static final String USAGE = "Usage: java -jar cytobench.jar new EXPERIMENT.cytobench --template pbmc-thymalfasin [--name NAME]"
            + " [--donors N] [--doses 10,50,100] [--stimulus lps:100] [--analytes IL-6,TNF-alpha,IL-10] [--standards 1000:2:7]"
            + " [--replicates 3] [--force]";

    static int run(String[] args, PrintStream out, PrintStream err) {
        String file = null;
        String template = null;
        boolean force = false;
        ProtocolTemplate t = ProtocolTemplate.reference();
        try {
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (a.equals("--force")) {
                    force = true;
                    continue;
                }
                if (a.startsWith("--")) {
                    if (i + 1 >= args.length) return usage(err, a + " needs a value");
                    String v = args[++i];
                    switch (a) {
                        case "--template" -> template = v;
                        case "--name" -> t = t.withName(v);
                        case "--donors" -> t = t.withDonors(TemplateOptions.wholeNumber(a, v));
                        case "--doses" -> t = t.withDoses(TemplateOptions.doses(v));
                        case "--stimulus" -> t = new ProtocolTemplate(t.name(), t.donors(), t.doses(), TemplateOptions.stimulus(v), t.analytes(), t.standards(), t.replicates());
                        case "--analytes" -> t = t.withAnalytes(TemplateOptions.analytes(v));
                        case "--standards" -> t = new ProtocolTemplate(t.name(), t.donors(), t.doses(), t.stimulus(), t.analytes(), TemplateOptions.standards(v), t.replicates());
                        case "--replicates" -> t = new ProtocolTemplate(t.name(), t.donors(), t.doses(), t.stimulus(), t.analytes(), t.standards(), TemplateOptions.wholeNumber(a, v));
                        default -> { return usage(err, "unknown option '" + a + "'"); }
                    }
                } else if (file != null) {
                    return usage(err, "only one EXPERIMENT file, not also '" + a + "'");
                } else {
                    file = a;
                }
            }
        } catch (IllegalArgumentException e) {
            return usage(err, e.getMessage());
        }
        if (file == null) return usage(err, "EXPERIMENT.cytobench is missing");
        if (template == null) return usage(err, "--template is missing (the one there is: " + ProtocolTemplate.ID + ")");
        if (!template.equals(ProtocolTemplate.ID)) return usage(err, "unknown template '" + template + "' (the one there is: " + ProtocolTemplate.ID + ")");
        Experiment e;
        try {
            e = t.build();
        } catch (IllegalArgumentException ex) {
            return usage(err, ex.getMessage());
        }
        Path target = Path.of(file);
        if (Files.exists(target) && !force) {
            err.println(file + ": already exists; not overwritten (add --force to replace it)");
            return Main.BAD_INPUT;
        }
        try {
            new ProjectFiles().save(Project.of(e), target);
        } catch (ProjectFileException ex) {
            err.println(ex.getMessage()); // names the file and why
            return Main.BAD_INPUT;
        }
        out.println(file + ": " + e.culture().wells().size() + " culture wells (" + t.donors() + " donors, " + (3 + t.doses().size())
                + " groups, " + t.replicates() + " replicates; " + t.stimulus().label() + "), ELISA plates "
                + e.assays().stream().map(r -> r.layout().analyte()).map(Analyte::name).collect(Collectors.joining(", ")));
        return Main.OK;
    }

    private static int usage(PrintStream err, String problem) {
        err.println("cytobench new: " + problem);
        err.println(USAGE);
        return Main.USAGE;
    }
}
