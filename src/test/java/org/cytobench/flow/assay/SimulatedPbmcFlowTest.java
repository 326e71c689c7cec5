package org.cytobench.flow.assay;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The committed simulated files (src/test/resources/flow/simulated) are exactly the seeded generator's output. */
class SimulatedPbmcFlowTest {
    static final String DIR = "/flow/simulated/";

    @Test
    void committedFilesAreTheGeneratorsOutput() throws Exception {
        List<SimulatedPbmcFlow.Sample> samples = SimulatedPbmcFlow.generate();
        assertEquals(54, samples.size());
        for (SimulatedPbmcFlow.Sample s : samples) assertArrayEquals(s.fcs(), resource(s.file()), s.file());
        // the template is compared as what it defines (written again by this JDK), not as whitespace
        String committed = new String(resource("tcell-gates.xml"), StandardCharsets.UTF_8);
        assertEquals(SimulatedPbmcFlow.gatingMl(), org.cytobench.flow.gatingml.GatingMlWriter.write(
                org.cytobench.flow.gatingml.GatingMlReader.read("tcell-gates.xml", committed.getBytes(StandardCharsets.UTF_8))));
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = SimulatedPbmcFlowTest.class.getResourceAsStream(DIR + name)) {
            if (in == null) throw new IOException("missing test resource " + DIR + name + " (run SimulatedPbmcFlowTest.main)");
            return in.readAllBytes();
        }
    }

    /** Writes the files into src/test/resources/flow/simulated (run from the project root). */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of("src/test/resources/flow/simulated");
        Files.createDirectories(dir);
        for (SimulatedPbmcFlow.Sample s : SimulatedPbmcFlow.generate()) Files.write(dir.resolve(s.file()), s.fcs());
        Files.writeString(dir.resolve("tcell-gates.xml"), SimulatedPbmcFlow.gatingMl());
    }
}
