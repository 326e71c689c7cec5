package org.cytobench.flow.assay;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.cytobench.flow.fcs.FcsChannel;
import org.cytobench.flow.fcs.FcsFile;
import org.cytobench.flow.fcs.FcsReader;
import org.cytobench.flow.fcs.FlowFileException;
import org.cytobench.io.SourceFile;
import org.cytobench.plate.PlateFormat;
import org.cytobench.plate.WellPosition;

/**
 * FCS files chosen for import, read once: each readable file with the bytes to embed and what the import table shows,
 * each unreadable one with the reader's one-line reason (it is left out of the import, never half-imported).
 *
 * @param readable the files that read, in the order chosen
 * @param rejected the files that did not, with their reason
 */
public record FcsImportFiles(List<Candidate> readable, List<Rejected> rejected) {

    public FcsImportFiles {
        readable = List.copyOf(readable);
        rejected = List.copyOf(rejected);
    }

    /**
     * A file that read.
     *
     * @param source      its name and bytes, exactly as embedded
     * @param events      $TOT
     * @param cytometer   $CYT, or "" when absent
     * @param channels    its parameters ($PnN, $PnS)
     * @param guessedWell the culture well its keywords or name point to ({@link CultureWellMapping}), or null
     */
    public record Candidate(SourceFile source, int events, String cytometer, List<FcsChannel> channels, WellPosition guessedWell) {
        public Candidate {
            channels = List.copyOf(channels);
        }
        public String name() { return source.name(); }
    }

    /** A file that did not read: its name and the reader's reason ("header only: no DATA segment"). */
    public record Rejected(String file, String reason) {
        @Override public String toString() { return file + ": " + reason; }
    }

    /** Progress: files done of the total. */
    public interface Progress { void update(int done, int total, String file); }

    /**
     * Reads the files (their events only to check they parse; the candidates keep bytes and keywords, not the events).
     * Stops early, with what was read so far, when {@code cancelled} says so.
     */
    public static FcsImportFiles read(List<Path> files, PlateFormat format, Progress progress, BooleanSupplier cancelled) {
        List<Candidate> ok = new ArrayList<>();
        List<Rejected> bad = new ArrayList<>();
        for (int i = 0; i < files.size() && !cancelled.getAsBoolean(); i++) {
            Path p = files.get(i);
            String name = p.getFileName().toString();
            progress.update(i, files.size(), name);
            try {
                byte[] bytes = FlowFileException.readAll(p);
                ok.add(candidate(new SourceFile(name, bytes), format));
            } catch (FlowFileException e) {
                bad.add(new Rejected(name, e.problem()));
            } catch (RuntimeException e) {
                // a reader bug must not take the other files with it; the file is named and left out
                bad.add(new Rejected(name, "could not be read (" + e + ")"));
            }
        }
        progress.update(files.size(), files.size(), "");
        return new FcsImportFiles(ok, bad);
    }

    static Candidate candidate(SourceFile source, PlateFormat format) throws FlowFileException {
        FcsFile fcs = FcsReader.read(source.name(), source.bytes());
        return new Candidate(source, fcs.eventCount(), fcs.keyword("$CYT").orElse(""), fcs.channels(),
                CultureWellMapping.guess(fcs, format).orElse(null));
    }
}
