package org.cytobench.flow.assay;

import java.util.List;
import org.cytobench.plate.WellPosition;

/**
 * One acquired sample of a flow assay, gated.
 *
 * @param file        the embedded FCS file's name
 * @param cultureWell the culture well it came from (null when unmapped: then it is listed but not analysed)
 * @param events      all events in the file ($TOT)
 * @param values      one per reported population, in the assay's order (empty when the file could not be read)
 * @param problem     why the sample could not be used (unreadable file, missing channel), or null
 */
public record FlowSampleResult(String file, WellPosition cultureWell, int events, List<ReadoutValue> values, String problem) {
    public FlowSampleResult {
        values = List.copyOf(values);
    }
}
