package org.cytobench.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Opens and saves {@code .cytobench} experiment files. Saving is atomic and keeps the previous version as
 * {@code NAME.cytobench.bak} (see {@link AtomicFileWriter}); opening never writes anything.
 */
public final class ProjectFiles {

    private final ProjectCodec codec;
    private final AtomicFileWriter writer;

    public ProjectFiles() { this(new ProjectCodec(), new AtomicFileWriter()); }

    ProjectFiles(ProjectCodec codec, AtomicFileWriter writer) {
        this.codec = codec;
        this.writer = writer;
    }

    /**
     * Reads an experiment file.
     *
     * @throws ProjectFileException (an IOException) with a one-sentence message naming the file, when it is missing,
     *                              unreadable, damaged or from a newer format version
     */
    public Project open(Path file) throws ProjectFileException {
        String name = file.getFileName().toString();
        byte[] bytes;
        try {
            long size = Files.size(file);   // before reading it all: a huge file must not exhaust memory
            if (size > ProjectLimits.MAX_FILE_BYTES) throw ProjectCodec.tooLarge(name, size);
            bytes = Files.readAllBytes(file);
        } catch (ProjectFileException e) {
            throw e;
        } catch (NoSuchFileException e) {
            throw new ProjectFileException(name + " cannot be opened: there is no such file.", e);
        } catch (IOException e) {
            throw new ProjectFileException(name + " cannot be opened: " + e.getMessage() + ".", e);
        }
        return codec.decode(bytes, name);
    }

    /**
     * Saves an experiment, replacing {@code file} atomically and keeping its previous content as {@code file.bak}.
     *
     * @throws ProjectFileException when the file cannot be written; the previous file is then unchanged
     */
    public void save(Project project, Path file) throws ProjectFileException {
        byte[] bytes = codec.encodeForFile(project, file.getFileName().toString());
        try {
            writer.write(file, bytes, ProjectFormat.BACKUP_SUFFIX);
        } catch (IOException e) {
            throw new ProjectFileException(file.getFileName() + " could not be saved (" + describe(e)
                    + "); the previous version of the file is unchanged.", e);
        }
    }

    private static String describe(IOException e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
