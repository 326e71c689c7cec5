package org.cytobench.io.multiplex.bioplex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.cytobench.io.ImportException;
import org.cytobench.io.PlateImporters;
import org.cytobench.io.SourceFile;
import org.cytobench.io.multiplex.MultiplexExport;
import org.cytobench.io.multiplex.MultiplexExportsDir;
import org.cytobench.io.multiplex.MultiplexImporters;
import org.cytobench.io.multiplex.MultiplexPlate;
import org.cytobench.io.multiplex.VendorWellType;
import org.cytobench.analysis.BeadCountRule;
import org.cytobench.multiplex.MultiplexImport;
import org.cytobench.multiplex.MultiplexRuns;
import org.cytobench.plate.AssayPlate;
import org.cytobench.plate.WellPosition;
import org.cytobench.plate.WellRole;
import org.junit.jupiter.api.Test;

/**
 * Bio-Plex Manager XML: the shared allotropy export (values read by hand from the file) and small documents of our own,
 * including the damaged and hostile ones.
 */
class BioPlexXmlImporterTest {

    private static final String SHARED = "bio-rad-bioplex/allotropy_bio-rad_bio-plex_manager_example_01.xml";

    private static WellPosition w(String s) { return WellPosition.parse(s); }

    private static double value(MultiplexPlate p, String analyte, String read, String well) {
        return p.read(analyte, read).orElseThrow().value(w(well));
    }

    @Test
    void readsTheSharedExportsRegionsReadingsBeadCountsAndLayout() throws Exception {
        MultiplexExport e = MultiplexImporters.importFile(MultiplexExportsDir.file(SHARED), null);
        assertEquals("bioplex-xml", e.format());
        MultiplexPlate p = e.plates().get(0);
        assertEquals(List.of("alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliett", "kilo",
                "lima", "mike", "november", "oscar"), p.analyteNames());
        assertEquals("12", p.analytes().get(0).region());
        assertEquals("75", p.analytes().get(14).region());
        assertEquals("555", p.name());
        assertEquals("FI - Bkgd", p.signalRead());
        assertEquals("Bead Count", p.beadCountRead());
        assertNull(p.resultRead(), "Bio-Plex computed no concentration in this file");
        // S1 in A1,B1: alpha readings 1015 and 1006 (RawMean 1010.5); the blank B (A12,B12) reads 62 for alpha
        assertEquals(1015.0, value(p, "alpha", "FI", "A1"));
        assertEquals(1006.0, value(p, "alpha", "FI", "B1"));
        assertEquals(62.0, value(p, "alpha", "FI", "A12"));
        // FI - Bkgd averaged over the pair is the file's Mean of S1 (948.5) and of X1 in C5,D5 (777, 785 → 719)
        assertEquals(948.5, (value(p, "alpha", "FI - Bkgd", "A1") + value(p, "alpha", "FI - Bkgd", "B1")) / 2, 1e-9);
        assertEquals(719.0, (value(p, "alpha", "FI - Bkgd", "C5") + value(p, "alpha", "FI - Bkgd", "D5")) / 2, 1e-9);
        // the Reading is the well's median: hotel (region 36) in A1 has Median 7510.50 in the Wells section
        assertEquals(7510.5, value(p, "hotel", "FI", "A1"));
        // bead counts from Wells/Well/BeadRegions: A1 alpha 32, delta 60, hotel 36; A2 alpha 36; only row A1–A8 is listed
        assertEquals(32.0, value(p, "alpha", "Bead Count", "A1"));
        assertEquals(60.0, value(p, "delta", "Bead Count", "A1"));
        assertEquals(36.0, value(p, "hotel", "Bead Count", "A1"));
        assertEquals(36.0, value(p, "alpha", "Bead Count", "A2"));
        assertEquals(8, p.read("alpha", "Bead Count").orElseThrow().values().size());
        assertEquals(VendorWellType.STANDARD, p.wells().get(w("B11")).type());
        assertEquals("S11", p.wells().get(w("B11")).level());
        assertEquals(VendorWellType.BACKGROUND, p.wells().get(w("B12")).type());
        assertEquals(VendorWellType.CONTROL, p.wells().get(w("D4")).type());
        assertEquals("C4", p.wells().get(w("D4")).level());
        assertEquals(VendorWellType.UNKNOWN, p.wells().get(w("H12")).type());
        assertEquals("X32", p.wells().get(w("H12")).sample());
        assertEquals("C5,D5", p.wells().get(w("C5")).group());
        assertEquals(1.0, p.wells().get(w("C5")).dilution());
        assertEquals(96, p.wells().size());
        assertTrue(p.expected().isEmpty(), "every ExpectedConc is 0: not set");
        assertTrue(p.curves().isEmpty(), "no Interpolator is valid");
        assertTrue(e.warnings().stream().anyMatch(x -> x.contains("Unable to calculate regression - All expected values set to zero")));
        assertTrue(e.warnings().stream().anyMatch(x -> x.startsWith("15 of 15 analytes have no expected concentration")));
    }

    @Test
    void sharedExportTurnsIntoOneRunPerAnalyteWithTheFilesLayout() throws Exception {
        MultiplexPlate p = MultiplexImporters.importFile(MultiplexExportsDir.file(SHARED), null).plates().get(0);
        MultiplexRuns runs = MultiplexImport.toAssayRuns(p, SHARED, null, BeadCountRule.DEFAULT);
        assertEquals(15, runs.runs().size());
        AssayPlate alpha = runs.runs().get(0).layout();
        assertEquals(WellRole.BLANK, alpha.well(w("A12")).role());
        assertEquals(WellRole.SAMPLE, alpha.well(w("C5")).role());
        assertEquals("alpha FI - Bkgd", runs.runs().get(0).primaryRead());
        assertTrue(runs.flags().stream().anyMatch(f -> f.startsWith("alpha: the file gives no standards")));
        // A1 alpha counted 32 beads, below the default 50
        assertTrue(runs.flags().stream().anyMatch(f -> f.startsWith("alpha: ") && f.contains("A1 (32)")), runs.flags().toString());
    }

    // --- documents of our own: always run ---

    /** A two-analyte plate: blank A1, standards S1 (A2, B2) and S2 (A3), an unknown X1 diluted 1:2 in A4. */
    static String doc(String extraMemberWell, boolean dropBravoFromA4) {
        String a4Bravo = dropBravoFromA4 ? "" : mw("15", "bravo", "410");
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpm:BioPlexManager xmlns:bpm="http://www.Bio-Rad.com/XMLschema/2010/Bio-Plex_5" BioPlexManagerVersion="6.2.0.175">
                  <NativeDocumentName>own plate</NativeDocumentName>
                  <PlateDimensions Columns="12" Rows="8" TotalWells="96" />
                  <Wells>
                    <Well RowNo="1" ColNo="2" WellNo="2"><PlateID>P-7</PlateID>
                      <BeadRegions>
                        <BeadRegion RegionNumber="0"><RegionCount>5</RegionCount></BeadRegion>
                        <BeadRegion RegionNumber="12"><RegionCount>88</RegionCount><Median>5000.00</Median></BeadRegion>
                        <BeadRegion RegionNumber="15"><RegionCount>41</RegionCount><Median>2500.00</Median></BeadRegion>
                      </BeadRegions>
                      <BeadEventData Events="2" NumberColumns="2">12 5000
                    15 2500</BeadEventData>
                    </Well>
                  </Wells>
                  <StandardCurves><Interpolators>
                    <Interpolator RegionNumber="12" IsValid="true"><AnalyteName>IL-6</AnalyteName>
                      <ConcentrationUnits>pg/ml</ConcentrationUnits><Regression Type="10">Logistic - 5PL</Regression></Interpolator>
                    <Interpolator RegionNumber="15" IsValid="false"><AnalyteName>bravo</AnalyteName>
                      <EquationErr>Unable to calculate regression</EquationErr></Interpolator>
                  </Interpolators></StandardCurves>
                  <Samples>
                    <Blanks><Blank><Description></Description><Label>B</Label>
                      <MemberWells><MemberWell RowNo="1" ColNo="1">
                        <MWAnalytes>""" + mw("12", "IL-6", "40") + mw("15", "bravo", "10") + """
                    </MWAnalytes></MemberWell></MemberWells></Blank></Blanks>
                    <Standards><Standard><Label>S1</Label><Dilution>1</Dilution>
                      <Analytes><Analyte RegionNumber="12"><ExpectedConc>1000</ExpectedConc></Analyte>
                        <Analyte RegionNumber="15"><ExpectedConc>0</ExpectedConc></Analyte></Analytes>
                      <MemberWells>
                        <MemberWell RowNo="1" ColNo="2"><MWAnalytes>""" + mw("12", "IL-6", "5000") + mw("15", "bravo", "2500") + """
                        </MWAnalytes></MemberWell>
                        <MemberWell RowNo="2" ColNo="2"><MWAnalytes>""" + mw("12", "IL-6", "5200") + mw("15", "bravo", "2400") + """
                        </MWAnalytes></MemberWell>
                      </MemberWells></Standard>
                      <Standard><Label>S2</Label><Dilution>1</Dilution>
                      <Analytes><Analyte RegionNumber="12"><ExpectedConc>250</ExpectedConc></Analyte></Analytes>
                      <MemberWells><MemberWell RowNo="1" ColNo="3"><MWAnalytes>""" + mw("12", "IL-6", "1500") + mw("15", "bravo", "900") + """
                      </MWAnalytes></MemberWell></MemberWells></Standard></Standards>
                    <Unknowns><Unknown><Description>donor 1 LPS</Description><Label>X1</Label><Dilution>2.0E+000</Dilution>
                      <MemberWells><MemberWell RowNo="1" ColNo="4"><MWAnalytes>""" + mwObs("12", "IL-6", "800", "37.5") + a4Bravo + """
                      </MWAnalytes></MemberWell>""" + extraMemberWell + """
                      </MemberWells></Unknown></Unknowns>
                  </Samples>
                </bpm:BioPlexManager>
                """;
    }

    private static String mw(String region, String name, String fi) {
        return "<MWAnalyte RegionNumber=\"" + region + "\"><AnalyteName>" + name + "</AnalyteName><Reading Valid=\"true\">" + fi
                + "</Reading><MWObsConc ReadingOK=\"false\" ReadError=\"Data field has not been set\">0</MWObsConc></MWAnalyte>";
    }

    private static String mwObs(String region, String name, String fi, String obs) {
        return "<MWAnalyte RegionNumber=\"" + region + "\"><AnalyteName>" + name + "</AnalyteName><Reading Valid=\"true\">" + fi
                + "</Reading><MWObsConc ReadingOK=\"true\">" + obs + "</MWObsConc></MWAnalyte>";
    }

    private static SourceFile file(String name, String text) { return new SourceFile(name, text.getBytes(StandardCharsets.UTF_8)); }

    @Test
    void readsItsOwnSmallExport() throws Exception {
        MultiplexExport e = MultiplexImporters.importFile(file("own.xml", doc("", false)), null);
        MultiplexPlate p = e.plates().get(0);
        assertEquals("P-7", p.name());
        assertEquals(List.of("IL-6", "bravo"), p.analyteNames());
        assertEquals("pg/ml", p.analytes().get(0).unit());
        assertEquals(5200.0, value(p, "IL-6", "FI", "B2"));
        assertEquals(5160.0, value(p, "IL-6", "FI - Bkgd", "B2"));
        assertEquals(37.5, value(p, "IL-6", "Obs Conc", "A4"));
        assertEquals("Data field has not been set", p.read("IL-6", "Obs Conc").orElseThrow().marker(w("A2")));
        assertEquals(88.0, value(p, "IL-6", "Bead Count", "A2"));
        assertEquals(41.0, value(p, "bravo", "Bead Count", "A2"));
        assertEquals(1000.0, p.expected().get("IL-6").get("S1"));
        assertEquals(250.0, p.expected().get("IL-6").get("S2"));
        assertFalse(p.expected().containsKey("bravo"), "ExpectedConc 0 means not set");
        assertEquals("Logistic - 5PL", p.curves().get("IL-6").regression());
        assertEquals("5pl", p.curves().get("IL-6").modelId());
        assertEquals("donor 1 LPS", p.wells().get(w("A4")).sample());
        assertEquals(2.0, p.wells().get(w("A4")).dilution());
        assertEquals("A2,B2", p.wells().get(w("B2")).group());
        assertTrue(e.warnings().stream().anyMatch(x -> x.contains("(bravo): Unable to calculate regression")), e.warnings().toString());

        MultiplexRuns runs = MultiplexImport.toAssayRuns(p, "own.xml", null, BeadCountRule.DEFAULT);
        AssayPlate il6 = runs.runs().get(0).layout();
        assertEquals(1000.0, il6.well(w("A2")).nominalConcentration());
        assertEquals(250.0, il6.well(w("A3")).nominalConcentration());
        assertEquals(WellRole.BLANK, il6.well(w("A1")).role());
        assertEquals(2.0, il6.well(w("A4")).dilutionFactor());
        assertTrue(runs.flags().stream().anyMatch(f -> f.startsWith("bravo: 1 well with fewer than 50 beads")), runs.flags().toString());
    }

    @Test
    void readsAnExportWithAByteOrderMark() throws Exception {
        byte[] text = doc("", false).getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[text.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bom, 3, text.length);
        MultiplexExport e = MultiplexImporters.importFile(new SourceFile("bom.xml", bom), null);
        assertEquals("bioplex-xml", e.format());
        assertEquals(5200.0, value(e.plates().get(0), "IL-6", "FI", "B2"));
    }

    private static String refusal(SourceFile f, String format) {
        ImportException ex = assertThrows(ImportException.class, () -> PlateImporters.importFile(f, format));
        assertFalse(ex.getMessage().contains("\n"), "one line: " + ex.getMessage());
        assertTrue(ex.getMessage().startsWith(f.name() + ", ") || ex.getMessage().startsWith(f.name() + ":"), ex.getMessage());
        return ex.getMessage();
    }

    @Test
    void refusesAWellWithoutAReadingForOneRegionNamingTheWellAndElement() {
        String m = refusal(file("gap.xml", doc("", true)), null);
        assertTrue(m.contains("gap.xml, line 37, element Samples/Unknowns/Unknown/MemberWells/MemberWell: well A4 (X1) has no <Reading> for bead region 15 (bravo)"), m);
    }

    @Test
    void refusesATruncatedExportWithTheLine() {
        String full = doc("", false);
        String m = refusal(file("cut.xml", full.substring(0, full.indexOf("<Standards>") + 40)), null);
        assertTrue(m.startsWith("cut.xml, line "), m);
        assertTrue(m.contains("the XML is damaged or cut off"), m);
    }

    @Test
    void refusesAnotherRootAWellTwiceANumberThatIsNotOneAndGarbage() {
        String m = refusal(file("other.xml", "<?xml version=\"1.0\"?><Plate xmlns=\"http://www.Bio-Rad.com/XMLschema/2010/Bio-Plex_5\"/>"), null);
        assertTrue(m.endsWith("the root element is <Plate>, not Bio-Plex Manager's <BioPlexManager>"), m);
        String twice = "<MemberWell RowNo=\"1\" ColNo=\"2\"><MWAnalytes>" + mw("12", "IL-6", "1") + mw("15", "bravo", "1") + "</MWAnalytes></MemberWell>";
        m = refusal(file("twice.xml", doc(twice, false)), null);
        assertTrue(m.contains("well A2 belongs to both S1 and X1"), m);
        m = refusal(file("nan.xml", doc("", false).replace(">5200<", ">5.2e3.1<")), null);
        assertTrue(m.contains("element Samples/Standards/Standard/MemberWells/MemberWell/MWAnalytes/MWAnalyte/Reading: Reading '5.2e3.1' is not a number"), m);
        m = refusal(file("off.xml", doc("", false).replace("RowNo=\"1\" ColNo=\"4\"", "RowNo=\"9\" ColNo=\"4\"")), null);
        assertTrue(m.contains("RowNo 9, ColNo 4 is not on the 96-well plate"), m);
        byte[] garbage = new byte[4000];
        new java.util.Random(12).nextBytes(garbage);
        byte[] head = "<?xml version=\"1.0\"?><BioPlexManager>".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, garbage, 0, head.length);
        m = refusal(new SourceFile("garbage.xml", garbage), null);
        assertEquals("garbage.xml: the bytes are not valid UTF-8, the file's XML encoding (a damaged file, or not an XML export)", m);
        m = refusal(file("text.xml", "<BioPlexManager> <Wells>12,4;;\" & <<< 7 </BioPlexManager>"), null);
        assertTrue(m.startsWith("text.xml, line 1: the XML is damaged or cut off ("), m);
        assertEquals("empty.xml: the file is empty", refusal(new SourceFile("empty.xml", new byte[0]), "bioplex-xml"));
    }

    @Test
    void readsNoDtdSoNoExternalEntityAndNoEntityExpansion() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE BioPlexManager [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<BioPlexManager><NativeDocumentName>&x;</NativeDocumentName></BioPlexManager>";
        String m = refusal(file("xxe.xml", xxe), null);
        assertTrue(m.contains("the file declares a DTD"), m);
        assertFalse(m.contains("root:"), m);
        StringBuilder lol = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE BioPlexManager [<!ENTITY a \"aaaaaaaaaa\">");
        for (int i = 1; i < 10; i++) lol.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
        lol.append("]><BioPlexManager><AuthorName>&a9;</AuthorName></BioPlexManager>");
        m = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> refusal(file("lol.xml", lol.toString()), null));
        assertTrue(m.contains("the file declares a DTD"), m);
    }

    @Test
    void refusesNestingFarDeeperThanAnExportInBoundedTime() {
        String deep = "<?xml version=\"1.0\"?><BioPlexManager>" + "<a>".repeat(100_000) + "</BioPlexManager>";
        String m = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> refusal(file("deep.xml", deep), null));
        assertTrue(m.contains("elements are nested more than 64 deep"), m);
    }

    /** Seeded cuts and byte flips of an export: each one reads or is refused in one line naming the file, never anything else. */
    private static void mutantsReadOrFailCleanly(byte[] original, String name, int n, long seed) {
        java.util.Random rnd = new java.util.Random(seed);
        for (int k = 0; k < n; k++) {
            byte[] b = k % 2 == 0 ? java.util.Arrays.copyOf(original, 1 + rnd.nextInt(original.length - 1)) : original.clone();
            if (k % 2 == 1) for (int f = 0; f < 5; f++) b[rnd.nextInt(b.length)] = (byte) rnd.nextInt(256);
            SourceFile f = new SourceFile(name, b);
            try {
                PlateImporters.importFile(f, "bioplex-xml");
            } catch (ImportException e) {
                assertTrue(e.getMessage().startsWith(name) && !e.getMessage().contains("\n"), "mutant " + k + ": " + e.getMessage());
            }
        }
    }

    @Test
    void cutAndFlippedExportsReadOrFailInOneLineInBoundedTime() throws Exception {
        byte[] own = doc("", false).getBytes(StandardCharsets.UTF_8);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> mutantsReadOrFailCleanly(own, "own.xml", 200, 7));
        byte[] shared = MultiplexExportsDir.file(SHARED).bytes();
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> mutantsReadOrFailCleanly(shared, "shared.xml", 12, 11));
    }
}
