package org.cytobench.plate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every choice of the thymalfasin PBMC protocol template ("New from template" in the workbench, {@code new --template
 * pbmc-thymalfasin} on the command line): the culture plate of {@link CulturePlates#pbmcStimulation(int, List, Stimulus,
 * int)} and one ELISA plate per cytokine that mirrors it.
 *
 * @param name       the experiment's name
 * @param donors     1–4 (fewer with more than 3 replicates)
 * @param doses      thymalfasin doses in ng/mL, 1–5, each &gt; 0
 * @param stimulus   what the stimulated groups get (LPS 100 ng/mL in the reference protocol)
 * @param analytes   the cytokines measured, one ELISA plate each
 * @param standards  the standard series on each ELISA plate (a zero standard is added)
 * @param replicates culture wells per group and donor
 */
public record ProtocolTemplate(String name, int donors, List<Double> doses, Stimulus stimulus, List<Analyte> analytes,
                               StandardSeries standards, int replicates) {

    /** The id of this template on the command line. */
    public static final String ID = "pbmc-thymalfasin";
    public static final StandardSeries DEFAULT_STANDARDS = new StandardSeries(1000, 2, 7);

    public ProtocolTemplate {
        Objects.requireNonNull(stimulus, "stimulus");
        Objects.requireNonNull(standards, "standards");
        doses = List.copyOf(doses);
        analytes = List.copyOf(analytes);
        if (name == null || name.isBlank()) throw new IllegalArgumentException("the experiment needs a name");
    }

    /** The reference protocol: 3 donors, 10/50/100 ng/mL, LPS 100 ng/mL, IL-6, TNF-α, IL-10, triplicates. */
    public static ProtocolTemplate reference() {
        return new ProtocolTemplate("Thymalfasin PBMC stimulation", 3, CulturePlates.REFERENCE_DOSES, Stimulus.lps(100),
                List.of(Analyte.IL_6, Analyte.TNF_ALPHA, Analyte.IL_10), DEFAULT_STANDARDS, CulturePlates.REPLICATES);
    }

    public ProtocolTemplate withDonors(int n) { return new ProtocolTemplate(name, n, doses, stimulus, analytes, standards, replicates); }
    public ProtocolTemplate withDoses(List<Double> d) { return new ProtocolTemplate(name, donors, d, stimulus, analytes, standards, replicates); }
    public ProtocolTemplate withName(String n) { return new ProtocolTemplate(n, donors, doses, stimulus, analytes, standards, replicates); }
    public ProtocolTemplate withAnalytes(List<Analyte> a) { return new ProtocolTemplate(name, donors, doses, stimulus, a, standards, replicates); }

    /** The culture plate alone; throws IllegalArgumentException saying which choice does not fit. */
    public CulturePlate culturePlate() {
        return CulturePlates.pbmcStimulation(donors, doses, stimulus, replicates);
    }

    /** The experiment; throws IllegalArgumentException saying which choice does not fit. */
    public Experiment build() {
        CulturePlate culture = culturePlate();
        Experiment e = Experiment.of(name, culture);
        for (Analyte a : analytes) e = e.withAssay(AssayRun.of(assayPlateFor(a, culture)));
        return e;
    }

    /**
     * An ELISA plate mirroring the culture plate: each sample in the well of the same position, the standards (with a
     * zero standard) in duplicate where the culture plate leaves room — the last two columns when the culture wells end by
     * column 10 and the series fits the 8 rows, else the last two rows when the groups end by row F and the series fits
     * the 12 columns. Without room the plate holds samples only (standards are then placed by hand).
     */
    public AssayPlate assayPlateFor(Analyte analyte, CulturePlate culture) {
        AssayPlate p = new AssayPlate(analyte.name(), PlateFormat.WELLS_96, analyte, Map.of());
        int lastColumn = culture.wells().keySet().stream().mapToInt(WellPosition::column).max().orElse(-1);
        int lastRow = culture.wells().keySet().stream().mapToInt(WellPosition::row).max().orElse(-1);
        int wellsInSeries = standards.levels() + 1;
        if (lastColumn <= 9 && wellsInSeries <= 8) {
            p = p.withStandardSeries(standards, 0, List.of(10, 11), true);
        } else if (lastRow <= 5 && wellsInSeries <= 12) {
            Map<WellPosition, AssayWell> m = new LinkedHashMap<>();
            List<Double> conc = standards.concentrations();
            for (int i = 0; i <= conc.size(); i++) {
                AssayWell w = i < conc.size() ? AssayWell.standard(conc.get(i)) : AssayWell.ZERO_STANDARD;
                m.put(new WellPosition(6, i), w);
                m.put(new WellPosition(7, i), w);
            }
            p = p.withWells(m);
        }
        return p.withDefaultSamples(culture, 1);
    }
}
