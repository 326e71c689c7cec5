package org.cytobench.project.validation;

/**
 * One thing wrong with an experiment file.
 *
 * @param path   where: {@code assays[0].layout.wells[3].role} ("" for the whole file)
 * @param reason what, in a sentence fragment: "is 'stnadard', not one of standard, zero-standard, …"
 */
public record Problem(String path, String reason) {

    /** "assays[0].layout.wells[3].role: is 'x', …" */
    @Override
    public String toString() {
        return (path.isEmpty() ? "(file)" : path) + ": " + reason;
    }
}
