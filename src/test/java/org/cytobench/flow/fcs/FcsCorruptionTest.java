package org.cytobench.flow.fcs;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.time.Duration;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.cytobench.flow.FlowExportsDir;
import org.junit.jupiter.api.Test;

/**
 * Seeded corruption of a real file's HEADER and TEXT (bytes overwritten, the file cut anywhere): every outcome is either
 * a file that reads or a {@link FlowFileException} naming the file, never another exception, and always quickly.
 */
class FcsCorruptionTest {

    @Test
    void corruptOrCutFilesFailWithAPlainMessageInBoundedTime() throws Exception {
        byte[] original = Files.readAllBytes(FlowExportsDir.file("gating-ml/data1.fcs"));
        SplittableRandom rnd = new SplittableRandom(42);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int i = 0; i < 400; i++) {
                byte[] b = i % 4 == 0 ? Arrays.copyOf(original, rnd.nextInt(original.length)) : original.clone();
                if (i % 4 != 0) {
                    for (int k = 0; k < 1 + rnd.nextInt(6); k++) {
                        int at = rnd.nextInt(2600); // HEADER, TEXT and the start of DATA
                        b[at] = (byte) (rnd.nextBoolean() ? "0123456789\\,$PNRBE ".charAt(rnd.nextInt(19)) : rnd.nextInt(256));
                    }
                }
                try {
                    FcsReader.read("bad.fcs", b);
                } catch (FlowFileException e) {
                    assertTrue(e.getMessage().startsWith("bad.fcs: "), e.getMessage());
                } catch (RuntimeException | OutOfMemoryError e) {
                    fail("case " + i + ": " + e, e);
                }
            }
        });
    }
}
