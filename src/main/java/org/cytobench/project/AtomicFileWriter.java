package org.cytobench.project;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.function.UnaryOperator;

/**
 * Replaces a file so that, whatever happens (disk full, power cut, process killed), the path holds either the complete
 * old content or the complete new content, never a mix:
 * <ol>
 * <li>write the new bytes to a temporary file in the same folder (same file system, so the final move can be atomic),
 * and fsync it;</li>
 * <li>keep the previous version as {@code NAME.bak} (written the same careful way, so a crash here costs at most the
 * backup, never the file);</li>
 * <li>move the temporary file over the target with {@code ATOMIC_MOVE}, falling back to {@code REPLACE_EXISTING} where
 * the file system cannot move atomically; then fsync the folder so the rename itself is durable.</li>
 * </ol>
 * On failure the temporary file is deleted and the target is untouched.
 */
public final class AtomicFileWriter {

    private final UnaryOperator<OutputStream> streamDecorator;

    public AtomicFileWriter() { this(UnaryOperator.identity()); }

    /** For tests: wraps the stream the content is written through, e.g. with one that fails part-way like a full disk. */
    AtomicFileWriter(UnaryOperator<OutputStream> streamDecorator) { this.streamDecorator = streamDecorator; }

    /**
     * Writes {@code content} to {@code target}, keeping the previous file (if any) as {@code target + backupSuffix}.
     *
     * @param backupSuffix e.g. ".bak"; null to keep no backup
     */
    public void write(Path target, byte[] content, String backupSuffix) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        String name = absolute.getFileName().toString();
        Path temp = writeTemp(dir, name, content);
        try {
            if (backupSuffix != null && Files.isRegularFile(absolute)) {
                Path backupTemp = writeTemp(dir, name + backupSuffix, Files.readAllBytes(absolute));
                moveInto(backupTemp, dir.resolve(name + backupSuffix));
            }
            moveInto(temp, absolute);
        } finally {
            Files.deleteIfExists(temp);
        }
        syncDirectory(dir);
    }

    private Path writeTemp(Path dir, String name, byte[] content) throws IOException {
        // The leading dot keeps half-written files out of sight in file dialogs; the name says what they belong to.
        Path temp = Files.createTempFile(dir, "." + name + ".", ".tmp");
        boolean done = false;
        try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            OutputStream out = streamDecorator.apply(Channels.newOutputStream(ch));
            out.write(content);
            out.flush();
            ch.force(true);
            done = true;
        } finally {
            if (!done) Files.deleteIfExists(temp);
        }
        return temp;
    }

    private static void moveInto(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename durable on POSIX file systems; Windows cannot open a folder this way, which is harmless. */
    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // best effort: the data itself was already forced to disk before the move
        }
    }
}
