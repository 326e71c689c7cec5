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
}
