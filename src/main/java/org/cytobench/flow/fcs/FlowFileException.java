package org.cytobench.flow.fcs;

/**
 * A flow file (FCS, Gating-ML, FlowJo workspace or statistics table) could not be read. The message is one plain sentence
 * naming the file and the problem: {@code "tube.fcs: the DATA segment (bytes 5912-2165911) lies past the end of the file
 * (3931 bytes): only the header was saved, or the file was cut short"}.
 */
public class FlowFileException extends Exception {

    private final String file;
    private final String problem;

    public FlowFileException(String file, String problem) {
        super(file + ": " + problem);
        this.file = file;
        this.problem = problem;
    }

    public FlowFileException(String file, String problem, Throwable cause) {
        this(file, problem);
        initCause(cause);
    }

    public String file() { return file; }

    public String problem() { return problem; }

    /**
     * The bytes of a flow file (a workspace, a Gating-ML document, a statistics table), or this exception naming the file:
     * one place that turns the file system's errors into the sentence every flow reader gives.
     */
    public static byte[] readAll(java.nio.file.Path path) throws FlowFileException {
        String name = path.getFileName().toString();
        try {
            return java.nio.file.Files.readAllBytes(path);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new FlowFileException(name, "no such file");
        } catch (java.io.IOException e) {
            throw new FlowFileException(name, "cannot be read (" + e.getMessage() + ")", e);
        }
    }
}
