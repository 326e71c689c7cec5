package org.cytobench.desktop;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

/**
 * The sample experiment packed inside the jar (pom.xml copies sample-data/*.cytobench to {@value #RESOURCE}), so the
 * first start shows it wherever the program was copied or installed. It is written into the cache folder and opened
 * read-only ("Save As to keep changes"): the user's documents are never written without being asked.
 */
public final class BundledSample {

    public static final String FILE_NAME = "thymalfasin-pbmc.cytobench";
    public static final String RESOURCE = "/org/cytobench/sample/" + FILE_NAME;

    private BundledSample() {}

    /** The copy's place: {@code CACHE/sample/thymalfasin-pbmc.cytobench}. */
    public static Path copyLocation(Path cache) {
        return cache.resolve("sample").resolve(FILE_NAME);
    }

    /** Writes (or refreshes, when this version's sample differs) the copy and returns it. */
    public static Path copyTo(Path cache) throws IOException {
        byte[] bytes;
        try (InputStream in = BundledSample.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IOException("the sample experiment " + RESOURCE + " is not in this build");
            bytes = in.readAllBytes();
        }
        Path target = copyLocation(cache);
        if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), bytes)) return target;
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), FILE_NAME, ".part");
        try {
            Files.write(tmp, bytes);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return target;
    }

    /** Whether {@code file} is the copy in {@code cache} (opened read-only). */
    public static boolean isCopy(Path file, Path cache) {
        return file.toAbsolutePath().normalize().equals(copyLocation(cache).toAbsolutePath().normalize());
    }
}
