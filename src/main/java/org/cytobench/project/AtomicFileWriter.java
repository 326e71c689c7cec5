package org.cytobench.project;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.Set;
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
 * On failure the temporary file is deleted and the target is untouched. Around that core:
 * <ul>
 * <li>a symbolic link is written through: the file it points to is replaced (its backup sits next to it) and the link
 * stays a link;</li>
 * <li>the replaced file keeps the previous file's POSIX permissions (and group, and owner where allowed); a new file
 * gets the permissions the user's umask gives every new file;</li>
 * <li>a read-only target is refused ({@link ReadOnlyFileException}), never silently replaced;</li>
 * <li>a file with several hard links cannot be replaced by a rename without splitting the links, so once the new content
 * and the backup are safely on disk it is rewritten in place: every link sees the new version. This is the one case
 * where a crash during the save can leave the file incomplete; the backup then holds the previous version;</li>
 * <li>temporary files left by an earlier save of the same target that was killed are removed
 * ({@link #removeLeftovers}).</li>
 * </ul>
 */
public final class AtomicFileWriter {

    /** The target exists but may not be written: its permissions say read-only. */
    public static final class ReadOnlyFileException extends AccessDeniedException {
        private static final long serialVersionUID = 1L;

        ReadOnlyFileException(Path file) { super(file.toString(), null, "the file is read-only"); }
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_LINKS_FOLLOWED = 40;

    private final UnaryOperator<OutputStream> streamDecorator;

    public AtomicFileWriter() { this(UnaryOperator.identity()); }

    /** For tests: wraps the stream the content is written through, e.g. with one that fails part-way like a full disk. */
    AtomicFileWriter(UnaryOperator<OutputStream> streamDecorator) { this.streamDecorator = streamDecorator; }

    /**
     * Writes {@code content} to {@code target}, keeping the previous file (if any) as {@code target + backupSuffix}.
     *
     * @param backupSuffix e.g. ".bak"; null to keep no backup
     * @throws NoSuchFileException   naming the folder, when the target's folder does not exist
     * @throws ReadOnlyFileException when the target exists and is read-only
     * @throws AccessDeniedException naming the folder, when no file can be created in it
     */
    public void write(Path target, byte[] content, String backupSuffix) throws IOException {
        Path file = throughLinks(target.toAbsolutePath());
        Path dir = file.getParent();
        String name = file.getFileName().toString();
        if (!Files.isDirectory(dir)) throw new NoSuchFileException(dir.toString(), null, "the folder does not exist");
        boolean exists = Files.exists(file, LinkOption.NOFOLLOW_LINKS);
        if (exists && isReadOnly(file)) throw new ReadOnlyFileException(file);
        removeLeftovers(file, backupSuffix);
        byte[] previous = exists && Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
        Path temp = writeTemp(dir, name, content);
        try {
            if (exists) copyAttributes(file, temp);
            if (backupSuffix != null && previous != null) {
                Path backupTemp = writeTemp(dir, name + backupSuffix, previous);
                try {
                    copyAttributes(file, backupTemp);
                    moveInto(backupTemp, dir.resolve(name + backupSuffix));
                } finally {
                    Files.deleteIfExists(backupTemp);
                }
            }
            if (previous != null && linkCount(file) > 1) rewriteInPlace(file, content, previous);
            else moveInto(temp, file);
        } finally {
            Files.deleteIfExists(temp);
        }
        syncDirectory(dir);
    }

    /**
     * Deletes the temporary files an earlier save of {@code target} (or of its backup) left behind when it was killed:
     * hidden files named {@code .NAME.<digits>.tmp} in the target's folder. Files of other targets are never touched.
     * Best effort: a file that cannot be deleted is left.
     */
    public static void removeLeftovers(Path target, String backupSuffix) {
        Path file;
        try {
            file = throughLinks(target.toAbsolutePath());
        } catch (IOException e) {
            return;
        }
        Path dir = file.getParent();
        String name = file.getFileName().toString();
        DirectoryStream.Filter<Path> leftover = p -> {
            String n = p.getFileName().toString();
            return isTempOf(n, name) || (backupSuffix != null && isTempOf(n, name + backupSuffix));
        };
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, leftover)) {
            for (Path p : s) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // left for a later save; never a reason to fail this one
                }
            }
        } catch (IOException | RuntimeException e) {
            // no folder listing (permissions, missing folder): nothing to clean
        }
    }

    /** {@code .NAME.<digits>.tmp}: the names {@link #writeTemp} (and Files.createTempFile before it) gives. */
    static boolean isTempOf(String fileName, String target) {
        String prefix = "." + target + ".";
        if (!fileName.startsWith(prefix) || !fileName.endsWith(".tmp")) return false;
        String middle = fileName.substring(prefix.length(), fileName.length() - ".tmp".length());
        return !middle.isEmpty() && middle.chars().allMatch(Character::isDigit);
    }

    private Path writeTemp(Path dir, String name, byte[] content) throws IOException {
        // The leading dot keeps half-written files out of sight in file dialogs; the name says what they belong to.
        // Created with no attributes, so it gets the user's umask permissions (Files.createTempFile would give 0600).
        Path temp = null;
        for (int attempt = 0; temp == null; attempt++) {
            Path candidate = dir.resolve("." + name + "." + Long.toUnsignedString(RANDOM.nextLong()) + ".tmp");
            try {
                temp = Files.createFile(candidate);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) throw e;
            } catch (AccessDeniedException e) {
                throw new AccessDeniedException(dir.toString(), null, "no permission to create files in the folder");
            }
        }
        boolean done = false;
        try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            writeThrough(ch, content);
            done = true;
        } finally {
            if (!done) Files.deleteIfExists(temp);
        }
        return temp;
    }

    private void writeThrough(FileChannel ch, byte[] content) throws IOException {
        OutputStream out = streamDecorator.apply(Channels.newOutputStream(ch));
        out.write(content);
        out.flush();
        ch.force(true);
    }

    /**
     * For a hard-linked file: the same inode gets the new bytes, so that no link keeps the old version. The new content
     * was already written once (the temporary file), so the disk had room for it; should this write still fail, the
     * previous bytes are put back, as far as the disk lets us.
     */
    private void rewriteInPlace(Path file, byte[] content, byte[] previous) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            writeThrough(ch, content);
        } catch (IOException e) {
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ch.write(java.nio.ByteBuffer.wrap(previous));
                ch.force(true);
            } catch (IOException restoreFailed) {
                e.addSuppressed(restoreFailed);
            }
            throw e;
        }
    }

    private static boolean isReadOnly(Path file) {
        if (!Files.isWritable(file)) return true;
        // Files.isWritable is true for root whatever the mode: a file nobody may write (0444) is read-only for us too.
        PosixFileAttributes a;
        try {
            a = posix(file);
        } catch (IOException e) {
            return false;   // the mode cannot be read: Files.isWritable has spoken
        }
        if (a == null) return false;
        Set<PosixFilePermission> p = a.permissions();
        return !p.contains(PosixFilePermission.OWNER_WRITE) && !p.contains(PosixFilePermission.GROUP_WRITE)
                && !p.contains(PosixFilePermission.OTHERS_WRITE);
    }

    /**
     * The previous file's mode, group and (where the saver may set it) owner, for the file that replaces it. Best
     * effort: a file system that refuses (some network shares do) must not make the save fail; the new file then has
     * the saver's usual permissions.
     */
    private static void copyAttributes(Path from, Path to) {
        try {
            PosixFileAttributes a = posix(from);
            if (a == null) return;
            PosixFileAttributeView view = Files.getFileAttributeView(to, PosixFileAttributeView.class);
            trying(() -> view.setPermissions(a.permissions()));
            trying(() -> view.setGroup(a.group()));   // allowed when the saver is in that group
            trying(() -> {
                if (!a.owner().equals(view.readAttributes().owner())) view.setOwner(a.owner());   // only root may
            });
        } catch (IOException | RuntimeException e) {
            // the attributes of the previous file cannot be read: keep the new file's
        }
    }

    private interface IoAction { void run() throws IOException; }

    private static void trying(IoAction a) {
        try {
            a.run();
        } catch (IOException | RuntimeException e) {
            // see copyAttributes: best effort
        }
    }

    private static PosixFileAttributes posix(Path f) throws IOException {
        if (!f.getFileSystem().supportedFileAttributeViews().contains("posix")) return null;
        return Files.readAttributes(f, PosixFileAttributes.class);
    }

    private static int linkCount(Path f) {
        try {
            return ((Number) Files.getAttribute(f, "unix:nlink")).intValue();
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return 1;   // no such attribute here (Windows): treat as a single link
        }
    }

    /** The file a chain of symbolic links ends at (which need not exist yet); {@code p} itself when it is no link. */
    static Path throughLinks(Path p) throws IOException {
        Path cur = p;
        for (int i = 0; Files.isSymbolicLink(cur); i++) {
            if (i >= MAX_LINKS_FOLLOWED) throw new FileSystemException(p.toString(), null, "too many levels of symbolic links");
            cur = cur.resolveSibling(Files.readSymbolicLink(cur));   // a relative link is relative to the link's folder
        }
        return cur;
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
