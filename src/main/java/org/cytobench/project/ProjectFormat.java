package org.cytobench.project;

/** Constants of the {@code .cytobench} experiment file format (see docs/file-format.md). */
public final class ProjectFormat {
    private ProjectFormat() {}

    /** The format version this build writes, and the newest it reads. Bump it only together with a migration step. */
    public static final int CURRENT_VERSION = 2;

    /** The application version recorded in {@code writtenBy}. */
    public static final String APP_VERSION = "0.1.0";

    /** The {@code writtenBy} value of files saved by this build. */
    public static final String WRITTEN_BY = "Cytobench " + APP_VERSION;

    /** File name extension, without the dot. */
    public static final String EXTENSION = "cytobench";

    /** Appended to the file name for the previous version kept on save: {@code NAME.cytobench.bak}. */
    public static final String BACKUP_SUFFIX = ".bak";
}
