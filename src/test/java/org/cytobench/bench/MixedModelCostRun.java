package org.cytobench.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.cytobench.analysis.AnalysisSettings;
import org.cytobench.analysis.CultureWellValue;
import org.cytobench.analysis.DoseComparison;
import org.cytobench.analysis.DoseFamily;
import org.cytobench.analysis.DoseResponse;
import org.cytobench.analysis.ExperimentAnalysis;
import org.cytobench.analysis.ExperimentAnalyzer;
import org.cytobench.analysis.GroupStats;
import org.cytobench.analysis.stats.CommonsMathMixedModel;
import org.cytobench.analysis.stats.DonorTreatmentMixedModel;
import org.cytobench.analysis.stats.MixedModelResult;
import org.cytobench.plate.TreatmentGroup;
import org.cytobench.project.Project;

/**
 * Thread CPU of every mixed-model fit an {@code analyze} of the experiment makes (the same culture-well data), with the
 * REML criterion on arrays ({@link DonorTreatmentMixedModel}) and built from Commons Math matrices as before
 * ({@link CommonsMathMixedModel}), in turn, medians. Usage (project directory, test classpath; add
 * {@code -XX:TieredStopAtLevel=1} for what the CLI runs on):
 * {@code java -cp target/classes:target/test-classes:DEPS org.cytobench.bench.MixedModelCostRun [PLATES] [REPEATS]}
 */
public final class MixedModelCostRun {
    private MixedModelCostRun() {}

    /** One fit's input. */
    record Input(double[] y, int[] group, String[] donor) {}

    public static void main(String[] args) throws Exception {
        int plates = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        Project project = AnalyzeRun.experiment(plates);
        AnalysisSettings settings = project.analysisSettings();
        ExperimentAnalysis analysis = ExperimentAnalyzer.analyze(project.experiment(), settings);
        List<Input> inputs = new ArrayList<>();
        List<MixedModelResult> expected = new ArrayList<>();
        for (DoseResponse d : analysis.doseResponses()) {
            for (DoseFamily f : d.families()) {
                if (f.mixedModel() == null) continue;
                inputs.add(input(d, f, settings.logScale()));
                expected.add(f.mixedModel());
            }
        }
        // the inputs are what analyze fitted: the same results, and the old criterion gives them too
        for (int i = 0; i < inputs.size(); i++) {
            Input in = inputs.get(i);
            if (!DonorTreatmentMixedModel.fit(in.y, in.group, in.donor).equals(expected.get(i))
                    || !CommonsMathMixedModel.fit(in.y, in.group, in.donor).equals(expected.get(i))) {
                throw new IllegalStateException("fit " + i + " (n = " + in.y.length + ") differs from analyze's");
            }
        }
        System.out.println(inputs.size() + " fits, n = " + inputs.stream().map(in -> Integer.toString(in.y.length)).toList());
        List<Supplier<byte[]>> paths = List.of(() -> fitAll(inputs, false), () -> fitAll(inputs, true));
        long[][] t = AlternatingCpu.times(paths, repeats, new int[2]);
        long[] firstOld = {t[0][0]}, firstNew = {t[1][0]};
        double[] med = AlternatingCpu.medians(t);
        System.out.printf(Locale.ROOT, "all fits, median of %d: Commons Math matrices %.2f ms, arrays %.2f ms (%.1f×); first pass %.1f / %.1f ms%n",
                repeats, med[0] / 1e6, med[1] / 1e6, med[0] / med[1], firstOld[0] / 1e6, firstNew[0] / 1e6);
    }

    private static byte[] fitAll(List<Input> inputs, boolean arrays) {
        for (Input in : inputs) {
            if (arrays) DonorTreatmentMixedModel.fit(in.y, in.group, in.donor);
            else CommonsMathMixedModel.fit(in.y, in.group, in.donor);
        }
        return new byte[0];
    }

    /** The family's culture wells as FamilyAnalyzer gives them to the mixed model: control first, then the doses. */
    private static Input input(DoseResponse d, DoseFamily f, boolean log) {
        Map<TreatmentGroup, GroupStats> byGroup = new TreeMap<>();
        for (GroupStats g : d.groups()) byGroup.put(g.group(), g);
        List<TreatmentGroup> family = new ArrayList<>();
        family.add(f.control());
        for (DoseComparison c : f.comparisons()) family.add(c.treated());
        List<Double> y = new ArrayList<>();
        List<Integer> group = new ArrayList<>();
        List<String> donor = new ArrayList<>();
        for (int i = 0; i < family.size(); i++) {
            for (CultureWellValue w : byGroup.get(family.get(i)).cultureWells()) {
                if (w.value() == null || log && !(w.value() > 0)) continue;
                y.add(log ? Math.log10(w.value()) : w.value());
                group.add(i);
                donor.add(w.donor());
            }
        }
        return new Input(y.stream().mapToDouble(Double::doubleValue).toArray(), group.stream().mapToInt(Integer::intValue).toArray(),
                donor.toArray(String[]::new));
    }
}
