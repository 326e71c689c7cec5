package org.cytobench.project;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Opens and saves {@code .cytobench} experiment files. Saving is atomic and keeps the previous version as
 * {@code NAME.cytobench.bak} (see {@link AtomicFileWriter}); opening never changes the file (it only removes the hidden
 * temporary files a killed save of it left behind).
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
        AtomicFileWriter.removeLeftovers(file, ProjectFormat.BACKUP_SUFFIX);   // of a save that was killed
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
        try {
            return codec.decode(bytes, name);
        } catch (DamagedFileException e) {
            // the one thing a scientist can do about a damaged file: reopen the version kept by the last save
            Path backup = backupOf(file);
            if (backup == null || name.endsWith(ProjectFormat.BACKUP_SUFFIX) || !Files.isRegularFile(backup)) throw e;
            throw new ProjectFileException(e.getMessage() + " The version before the last save is in " + backup.getFileName() + ".", e);
        }
    }

    /**
     * Saves an experiment, replacing {@code file} atomically and keeping its previous content as {@code file.bak}. The
     * file keeps its permissions; a symbolic link is written through to the file it points to.
     *
     * @throws ProjectFileException when the file cannot be written (folder missing or not writable, file read-only, disk
     *                              full, content past {@link ProjectLimits}); the previous file is then unchanged
     */
    public void save(Project project, Path file) throws ProjectFileException {
        String name = file.getFileName().toString();
        byte[] bytes = codec.encodeForFile(project, name);
        boolean existed = Files.exists(file);
        try {
            writer.write(file, bytes, ProjectFormat.BACKUP_SUFFIX);
        } catch (IOException e) {
            throw new ProjectFileException(saveFailure(name, file.toAbsolutePath().getParent(), e, existed), e);
        }
    }

    /** Where a save keeps the previous version: next to the file itself, past any symbolic link; null if unknown. */
    private static Path backupOf(Path file) {
        try {
            Path real = AtomicFileWriter.throughLinks(file.toAbsolutePath());
            return real.resolveSibling(real.getFileName() + ProjectFormat.BACKUP_SUFFIX);
        } catch (IOException e) {
            return null;
        }
    }

    /** The sentence for a failed save: what went wrong in plain words, and, where there was a previous file, that it is safe. */
    static String saveFailure(String name, Path dir, IOException e, boolean existed) {
        if (e instanceof AtomicFileWriter.ReadOnlyFileException) {
            return name + " is read-only, so it was not overwritten; make it writable or save under another name.";
        }
        String unchanged = existed ? "; the previous version of the file is unchanged." : ".";
        String where = e instanceof FileSystemException f && f.getFile() != null ? f.getFile() : null;
        if (e instanceof NoSuchFileException && where != null && !where.endsWith(".tmp")) {
            return name + " could not be saved: the folder " + where + " does not exist.";
        }
        if (e instanceof AccessDeniedException && where != null && !where.endsWith(".tmp")) {
            return name + " could not be saved: there is no permission to write in the folder " + where + unchanged;
        }
        if (e instanceof FileSystemException f && f.getReason() != null && f.getReason().toLowerCase(java.util.Locale.ROOT).contains("read-only file system")) {
            return name + " could not be saved: the folder " + dir + " is on a read-only disk" + unchanged;
        }
        return name + " could not be saved (" + describe(e) + ")" + unchanged;
    }

    private static String describe(IOException e) {
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason();
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
