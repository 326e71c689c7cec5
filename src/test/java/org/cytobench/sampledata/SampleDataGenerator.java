package org.cytobench.sampledata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cytobench.io.ImportException;
import org.cytobench.io.PlateImporters;
import org.cytobench.flow.assay.SimulatedPbmcFlow;
import org.cytobench.io.SourceFile;
import org.cytobench.plate.AssayPlate;
import org.cytobench.plate.AssayRun;
import org.cytobench.plate.CulturePlate;
import org.cytobench.plate.CulturePlates;
import org.cytobench.plate.CurveSettings;
import org.cytobench.plate.Experiment;
import org.cytobench.plate.MaskedWell;
import org.cytobench.plate.PlateData;
import org.cytobench.plate.Read;
import org.cytobench.plate.WellPosition;
import org.cytobench.project.Project;
import org.cytobench.project.ProjectCodec;

/**
 * Generates {@code sample-data/}: the reference thymalfasin PBMC experiment as three simulated ELISA exports (IL-6 and
 * IL-10 as Gen5 text, TNF-α as SoftMax Pro text) and the saved experiment built by importing them, with a flow assay
 * of 54 simulated FCS files ({@link SimulatedPbmcFlow#SAMPLE}) embedded in it. Fixed seeds: running
 * it again gives the same bytes ({@code SampleDataTest} checks that the committed files are what this class writes).
 *
 * <p>Regenerate with {@code mvn -q -B test -Dtest=SampleDataTest -Dcytobench.sampledata.write=true}.
 */
public final class SampleDataGenerator {
    private SampleDataGenerator() {}

    static final String IL6_FILE = "2024-11-14_IL-6_Gen5.txt";
    static final String TNF_FILE = "2024-11-14_TNF-alpha_SoftMaxPro.txt";
    static final String IL10_FILE = "2024-11-15_IL-10_Gen5.txt";
    static final String PROJECT_FILE = "thymalfasin-pbmc.cytobench";

    /** Conjugate splashed into this IL-6 well: the reader reports OVRFLW. */
    static final WellPosition IL6_OVERFLOW = WellPosition.parse("C5");
    /** A bubble in this IL-10 well, seen at the bench; masked in the experiment. */
    static final WellPosition IL10_BUBBLE = WellPosition.parse("D8");
    /** On the TNF-α plate the 125 and 62.5 pg/mL standards were loaded into each other's rows (D and E). */
    static final Map<WellPosition, Double> TNF_SWAPPED_STANDARDS = Map.of(
            WellPosition.parse("D11"), 62.5, WellPosition.parse("D12"), 62.5,
            WellPosition.parse("E11"), 125.0, WellPosition.parse("E12"), 125.0);

    /** The generated files, by name, in the order they are listed. */
    public static Map<String, byte[]> generate() throws IOException {
        CulturePlate culture = CulturePlates.pbmcStimulation();
        Map<WellPosition, Double> bio = ElisaPlateSimulator.biology(culture, 20241114L);

        AssayPlate il6Layout = ElisaPlateSimulator.layout("IL-6", AnalyteModel.IL_6, culture);
        var il6 = ElisaPlateSimulator.simulate(il6Layout, AnalyteModel.IL_6, culture, bio,
                new ElisaPlateSimulator.Incidents(Set.of(IL6_OVERFLOW), Set.of(), Map.of()), 6L);
        byte[] il6Bytes = ExportText.encode(Gen5TextWriter.lines(new Gen5TextWriter.Header(
                "C:\\Users\\lab\\Documents\\Cytokines\\2024-11-14 Ta1 PBMC IL-6.xpt", "11/14/2024", "2:41:07 PM", "1710147"),
                il6Layout, il6), "\n", ExportText.UTF_8, true);

        AssayPlate tnfLayout = ElisaPlateSimulator.layout("TNF-α", AnalyteModel.TNF_ALPHA, culture);
        var tnf = ElisaPlateSimulator.simulate(tnfLayout, AnalyteModel.TNF_ALPHA, culture, bio,
                new ElisaPlateSimulator.Incidents(Set.of(), Set.of(), TNF_SWAPPED_STANDARDS), 7L);
        byte[] tnfBytes = ExportText.encode(SoftMaxTextWriter.lines(new SoftMaxTextWriter.Header("TNF-alpha",
                List.of("Thymalfasin PBMC study - human TNF-alpha ELISA, 24 h supernatants diluted 1:5",
                        "Standards 1000 to 15.6 pg/mL (2-fold), zero standard in H11-H12, blanks G10-H10",
                        "QC controls 40 / 200 / 800 pg/mL in A10-F10"),
                22.4, "2024-11-14 Ta1 PBMC TNFa", "11/14/2024 4:02:37 PM"), tnfLayout, tnf), "\r\n", ExportText.UTF_16LE, true);

        AssayPlate il10Layout = ElisaPlateSimulator.layout("IL-10", AnalyteModel.IL_10, culture);
        var il10 = ElisaPlateSimulator.simulate(il10Layout, AnalyteModel.IL_10, culture, bio,
                new ElisaPlateSimulator.Incidents(Set.of(), Set.of(IL10_BUBBLE), Map.of()), 10L);
        byte[] il10Bytes = ExportText.encode(Gen5TextWriter.lines(new Gen5TextWriter.Header(
                "C:\\Users\\lab\\Documents\\Cytokines\\2024-11-15 Ta1 PBMC IL-10.xpt", "11/15/2024", "10:18:52 AM", "1710147"),
                il10Layout, il10), "\r\n", ExportText.UTF_8, true);

        List<SourceFile> sources = new java.util.ArrayList<>(List.of(new SourceFile(IL6_FILE, il6Bytes), new SourceFile(TNF_FILE, tnfBytes),
                new SourceFile(IL10_FILE, il10Bytes)));
        List<SimulatedPbmcFlow.Sample> flow = SimulatedPbmcFlow.generate(SimulatedPbmcFlow.SAMPLE);
        for (SimulatedPbmcFlow.Sample f : flow) sources.add(new SourceFile(f.file(), f.fcs()));
        Experiment e = Experiment.of("Thymalfasin on LPS-stimulated PBMC: IL-6, TNF-α, IL-10", culture)
                .withAssay(run(il6Layout, sources.get(0)))
                .withAssay(run(tnfLayout, sources.get(1)))
                .withAssay(run(il10Layout, sources.get(2))
                        .withMask(new MaskedWell(IL10_BUBBLE, "bubble in the well at reading (seen before the plate went in)")))
                .withNotes(NOTES)
                .withFlowAssays(List.of(flowAssay(flow)));
        for (var m : List.of(AnalyteModel.IL_6, AnalyteModel.TNF_ALPHA, AnalyteModel.IL_10)) {
            e = e.withCurveSettings(m.analyte().name(), CurveSettings.DEFAULT);
        }
        Project project = new Project(e, null, sources);

        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(IL6_FILE, il6Bytes);
        files.put(TNF_FILE, tnfBytes);
        files.put(IL10_FILE, il10Bytes);
        files.put(PROJECT_FILE, new ProjectCodec().encode(project));
        return files;
    }

    static final String NOTES = """
            Example data shipped with Cytobench. SIMULATED, not measured: generated by SampleDataGenerator with fixed seeds.
            PBMC from 3 donors, 1e6 cells/mL, 100 µL/well; thymalfasin (Tα1) 10/50/100 ng/mL or vehicle 2 h before LPS 100 ng/mL; supernatants after 24 h.
            IL-6 diluted 1:20, TNF-α 1:5, IL-10 neat. IL-6 C5 reads OVRFLW (conjugate splash). IL-10 D8 masked (bubble).
            TNF-α plate: standards 125 and 62.5 pg/mL were loaded into each other's rows, so the plate fails QC.
            Flow: the cells of every culture well stained for CD3, CD4, CD8, CD69, CD25 and a viability dye (2 000 events a well; A9 only 400: too few CD4+ and CD8+ cells, flagged).""";

    /**
     * The T-cell activation assay: the 54 simulated FCS files (embedded), each mapped to its culture well (as its WELL ID
     * keyword also says), the protocol's template lymphocytes → single cells → live → CD3+ → CD4+/CD8+ → CD69+, CD25+.
     */
    static org.cytobench.plate.FlowAssay flowAssay(List<SimulatedPbmcFlow.Sample> flow) {
        org.cytobench.plate.FlowAssay a = SimulatedPbmcFlow.assay(SimulatedPbmcFlow.SAMPLE);
        List<org.cytobench.plate.FlowAssay.FlowSample> mapped = flow.stream()
                .map(f -> new org.cytobench.plate.FlowAssay.FlowSample(f.file(), f.well())).toList();
        return new org.cytobench.plate.FlowAssay(a.name(), mapped, a.gatingMl(), a.readouts(), a.minEvents());
    }

    /** The readings exactly as Cytobench imports them from the export, as a scientist's import would. */
    private static AssayRun run(AssayPlate layout, SourceFile file) throws IOException {
        PlateData data;
        try {
            data = PlateImporters.importFile(file, null).plates().get(0);
        } catch (ImportException ex) {
            throw new IOException(ex.getMessage(), ex);
        }
        Read primary = byWavelength(data, 450), reference = byWavelength(data, 570);
        return AssayRun.of(layout).withReadings(data, primary.name(), reference.name(), file.name());
    }

    private static Read byWavelength(PlateData data, double nm) {
        return data.rawReads().stream().filter(r -> r.wavelengthNm() != null && r.wavelengthNm() == nm).findFirst()
                .orElseThrow(() -> new IllegalStateException("no raw " + nm + " nm read in " + data.name()));
    }

    /** Writes the files into {@code dir}. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "sample-data");
        Files.createDirectories(dir);
        for (Map.Entry<String, byte[]> f : generate().entrySet()) Files.write(dir.resolve(f.getKey()), f.getValue());
    }

}
