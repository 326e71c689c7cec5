package org.cytobench.plate;

/**
 * Whether a read is what the instrument measured ({@code RAW}) or something its software computed from it
 * ({@code DERIVED}: blank-subtracted values, 450−630 reduced values, the instrument's own concentrations).
 * Derived reads are kept, labelled, and never used as if they were raw.
 */
public enum ReadKind { RAW, DERIVED }
