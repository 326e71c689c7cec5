package org.cytobench.sampledata;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cytobench.plate.AssayPlate;
import org.cytobench.plate.AssayWell;
import org.cytobench.plate.WellPosition;

/**
 * Writes an endpoint 450/570 nm plate as Agilent BioTek Gen5 exports it to text, modelled line for line on a real Gen5
 * 3.12 export (header block, Procedure Details, a Layout with "Well ID" and "Conc/Dil" lines per row, and a Results
 * matrix with one line per data set and row, labelled at the end of the line).
 */
final class Gen5TextWriter {
    private Gen5TextWriter() {}

    record Header(String experimentPath, String date, String time, String readerSerial) {}

    static final String READ_450 = "ELISA:450";
    static final String READ_570 = "ELISA:570";
    static final String DELTA = "Delta OD";

    static List<String> lines(Header h, AssayPlate layout, ElisaPlateSimulator.Reads reads) {
        List<String> out = new ArrayList<>(List.of("", "Software Version\t3.12.08", "", "", "",
                "Experiment File Path:\t" + h.experimentPath(),
                "Protocol File Path:\tC:\\Users\\Public\\Documents\\Protocols\\Cytokine ELISA 450-570.prt", "", "", "",
                "Plate Number\tPlate 1", "Date\t" + h.date(), "Time\t" + h.time(), "Reader Type:\tSynergy H1",
                "Reader Serial Number:\t" + h.readerSerial(), "Reading Type\tReader", "", "Procedure Details", "",
                "Plate Type\t96 WELL PLATE (Use plate lid)", "Eject plate on completion", "Read\tELISA",
                "\tAbsorbance Endpoint", "\tFull Plate", "\tWavelengths:  450, 570",
                "\tRead Speed: Normal,  Delay: 100 msec,  Measurements/Data Point: 8", "", "Layout", columnHeader()));
        Map<WellPosition, String> ids = WellIds.gen5(layout);
        for (int r = 0; r < 8; r++) {
            StringBuilder id = new StringBuilder().append((char) ('A' + r));
            StringBuilder conc = new StringBuilder();
            for (int c = 0; c < 12; c++) {
                WellPosition w = new WellPosition(r, c);
                id.append('\t').append(ids.getOrDefault(w, ""));
                conc.append('\t').append(concDil(layout.well(w)));
            }
            out.add(id.append("\tWell ID").toString());
            out.add(conc.append("\tConc/Dil").toString());
        }
        out.add("");
        out.add("Results");
        out.add(columnHeader());
        for (int r = 0; r < 8; r++) {
            out.add((char) ('A' + r) + row(r, reads, 450) + "\t" + READ_450);
            out.add(row(r, reads, 570) + "\t" + READ_570);
            out.add(row(r, reads, 0) + "\t" + DELTA);
        }
        out.add("");
        return out;
    }

    private static String columnHeader() {
        StringBuilder sb = new StringBuilder();
        for (int c = 1; c <= 12; c++) sb.append('\t').append(c);
        return sb.toString();
    }

    /** One matrix line: the 450 read, the 570 read, or (0) Gen5's Delta OD data reduction, 450 − 570. */
    private static String row(int r, ElisaPlateSimulator.Reads reads, int which) {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < 12; c++) {
            WellPosition w = new WellPosition(r, c);
            String marker = reads.markers450().get(w);
            sb.append('\t');
            if (which == 570) sb.append(ExportText.fixed(reads.od570().get(w), 3));
            else if (marker != null) sb.append(marker);
            else if (which == 450) sb.append(ExportText.fixed(reads.od450().get(w), 3));
            else sb.append(ExportText.fixed(reads.od450().get(w) - reads.od570().get(w), 3));
        }
        return sb.toString();
    }

    private static String concDil(AssayWell w) {
        return switch (w.role()) {
            case STANDARD, ZERO_STANDARD, QC -> ExportText.concentration(w.nominalConcentration());
            case SAMPLE -> ExportText.concentration(w.dilutionFactor());
            case BLANK, EMPTY -> "";
        };
    }
}
