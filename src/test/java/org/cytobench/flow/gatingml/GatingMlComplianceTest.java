package org.cytobench.flow.gatingml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.stream.Stream;
import org.cytobench.flow.FlowExportsDir;
import org.cytobench.flow.fcs.FcsFile;
import org.cytobench.flow.fcs.FcsReader;
import org.cytobench.flow.gating.GatingEngine;
import org.cytobench.flow.gating.GatingStrategy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Gating-ML 2.0 compliance set (../shared/flow-exports/gating-ml): every truth file, event for event, against the gate
 * of that name evaluated on data1.fcs — once from the single-gate file that defines it and once from gml_all_gates.xml,
 * which holds them all in one document (the quadrant-parent gate ParQuadRect only exists in its own file).
 */
class GatingMlComplianceTest {
    private static FcsFile data1;

    @BeforeAll
    static void readData() throws Exception {
        data1 = FcsReader.read(FlowExportsDir.file("gating-ml/data1.fcs"));
    }

    static Stream<String> truthNames() throws IOException {
        Path dir = FlowExportsDir.find().resolve("gating-ml/truth");
        if (!Files.isDirectory(dir)) return Stream.of("(shared files absent)");
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("Results_"))
                    .map(n -> n.substring("Results_".length(), n.length() - ".txt".length())).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0} (own file)")
    @MethodSource("truthNames")
    void agreesWithTheTruthFromItsOwnFile(String truth) throws Exception {
        Path gml = FlowExportsDir.require().resolve("gating-ml/gml");
        String gateId = truth.equals("ParQuadRect") ? "ParRectangle1" : truth;
        Path file = null;
        try (Stream<Path> s = Files.list(gml)) {
            for (Path p : s.sorted().toList()) {
                if (p.getFileName().toString().equals("gml_all_gates.xml")) continue;
                if (Files.readString(p).contains("gating:id=\"" + gateId + "\"")) {
                    file = p;
                    break;
                }
            }
        }
        assertTrue(file != null, "no gate file defines " + gateId);
        assertMatchesTruth(GatingMlReader.read(file), gateId, truth);
    }

    @ParameterizedTest(name = "{0} (all gates)")
    @MethodSource("truthNames")
    void agreesWithTheTruthFromTheAllGatesDocument(String truth) throws Exception {
        GatingStrategy all = GatingMlReader.read(FlowExportsDir.file("gating-ml/gml/gml_all_gates.xml"));
        org.junit.jupiter.api.Assumptions.assumeTrue(all.has(truth), truth + " is not in gml_all_gates.xml");
        assertMatchesTruth(all, truth, truth);
    }

    static void assertMatchesTruth(GatingStrategy s, String gateId, String truth) throws IOException {
        BitSet got = GatingEngine.of(s, data1).membership(gateId);
        List<String> lines = Files.readAllLines(FlowExportsDir.require().resolve("gating-ml/truth/Results_" + truth + ".txt"),
                StandardCharsets.US_ASCII).stream().map(String::trim).filter(l -> !l.isEmpty()).toList();
        assertEquals(data1.eventCount(), lines.size(), "truth lines");
        List<Integer> wrong = new ArrayList<>();
        int inTruth = 0;
        for (int e = 0; e < lines.size(); e++) {
            boolean want = lines.get(e).equals("1");
            if (want) inTruth++;
            if (want != got.get(e)) wrong.add(e);
        }
        assertTrue(wrong.isEmpty(), truth + ": " + wrong.size() + " of " + lines.size() + " events differ (truth " + inTruth
                + " in, engine " + got.cardinality() + "), first at " + wrong.subList(0, Math.min(5, wrong.size())));
    }
}
