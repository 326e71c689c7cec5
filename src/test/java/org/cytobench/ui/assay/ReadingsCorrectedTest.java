package org.cytobench.ui.assay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.cytobench.plate.PlateData;
import org.cytobench.plate.Read;
import org.cytobench.plate.ReadKind;
import org.cytobench.plate.WellPosition;
import org.junit.jupiter.api.Test;

/** The Readings tab's corrected view: primary − reference well by well, markers kept, never invented numbers. */
class ReadingsCorrectedTest {

    @Test
    void subtractsTheReferenceAndKeepsMarkers() {
        WellPosition a1 = WellPosition.parse("A1");
        WellPosition a2 = WellPosition.parse("A2");
        WellPosition a3 = WellPosition.parse("A3");
        Read p = new Read("450", ReadKind.RAW, 450.0, Map.of(a1, 1.25, a2, 0.5), Map.of(a3, "OVRFLW"));
        Read r = new Read("570", ReadKind.RAW, 570.0, Map.of(a1, 0.05), Map.of(a2, "?????"));
        Read c = ReadingsView.corrected(new PlateData("P", 8, 12, List.of(p, r), List.of()), "450", "570");
        assertEquals("450 − 570", c.name());
        assertEquals(1.2, c.value(a1), 1e-15);
        assertEquals(null, c.value(a2));
        assertEquals("?????", c.marker(a2));
        assertEquals("OVRFLW", c.marker(a3));
    }
}
