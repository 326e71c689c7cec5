package org.cytobench.plate;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a plate-reader export holds for one plate: its endpoint reads and kinetic reads. Dimensions are the plate's
 * (8×12 or 16×24) even when only part of it was read.
 */
public record PlateData(String name, int rows, int columns, List<Read> reads, List<KineticRead> kinetic) {

    public PlateData {
        Objects.requireNonNull(name, "name");
        PlateFormat.of(rows, columns); // validates
        reads = List.copyOf(reads);
        kinetic = kinetic == null ? List.of() : List.copyOf(kinetic);
    }

    public PlateFormat format() { return PlateFormat.of(rows, columns); }

    public Optional<Read> read(String readName) {
        return reads.stream().filter(r -> r.name().equals(readName)).findFirst();
    }

    public List<Read> rawReads() {
        return reads.stream().filter(r -> r.kind() == ReadKind.RAW).toList();
    }
}
