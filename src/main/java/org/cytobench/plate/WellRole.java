package org.cytobench.plate;

/** The role of a well on an assay (ELISA) plate. */
public enum WellRole { STANDARD, ZERO_STANDARD, BLANK, SAMPLE, QC, EMPTY }
