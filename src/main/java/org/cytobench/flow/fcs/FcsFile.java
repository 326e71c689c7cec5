package org.cytobench.flow.fcs;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cytobench.flow.FlowEvents;
import org.cytobench.flow.compensation.SpilloverMatrix;

/**
 * An FCS file as read: its version, TEXT keywords, parameters and events.
 *
 * @param name      the file name (for messages and tables)
 * @param version   "FCS2.0", "FCS3.0" or "FCS3.1"
 * @param keywords  every TEXT keyword, upper-cased (keywords are case-insensitive), in file order
 * @param channels  the parameters, in file order
 * @param events    the events as channel values (type I already masked to $PnR); {@link #scaleEvents()} gives scale
 *                  values
 * @param spillover the file's compensation matrix ($SPILLOVER, SPILL or $SPILL), or null
 * @param warnings  what was surprising but read (e.g. HEADER and TEXT disagree on the DATA offsets)
 */
public record FcsFile(String name, String version, Map<String, String> keywords, List<FcsChannel> channels,
                      FlowEvents events, SpilloverMatrix spillover, List<String> warnings) {

    public FcsFile {
        keywords = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(keywords));
        channels = List.copyOf(channels);
        warnings = List.copyOf(warnings);
    }

    /** A keyword's value (case-insensitive name), trimmed, if present. */
    public Optional<String> keyword(String key) {
        String v = keywords.get(key.toUpperCase(Locale.ROOT));
        return v == null ? Optional.empty() : Optional.of(v.trim());
    }

    /** $TOT: the number of events. */
    public int eventCount() { return events.count(); }

    /**
     * The events as scale values: log channels ($PnE) expanded to {@code logZero * 10^(decades * x / range)} and linear
     * channels divided by $PnG; unchanged channels are shared with {@link #events()}.
     */
    public FlowEvents scaleEvents() {
        int n = 0;
        for (FcsChannel c : channels) if (c.needsScaling()) n++;
        if (n == 0) return events;
        int[] idx = new int[n];
        double[][] cols = new double[n][];
        int k = 0;
        for (int p = 0; p < channels.size(); p++) {
            FcsChannel c = channels.get(p);
            if (!c.needsScaling()) continue;
            double[] src = events.columns()[p];
            double[] dst = new double[src.length];
            for (int e = 0; e < src.length; e++) dst[e] = c.toScale(src[e]);
            idx[k] = p;
            cols[k++] = dst;
        }
        return events.withColumns(idx, cols);
    }
}
