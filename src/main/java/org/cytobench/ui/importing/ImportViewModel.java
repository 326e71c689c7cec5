package org.cytobench.ui.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.cytobench.io.ImportException;
import org.cytobench.io.ImportResult;
import org.cytobench.io.PlateImporter;
import org.cytobench.io.PlateImporters;
import org.cytobench.io.ProposedLayout;
import org.cytobench.io.SourceFile;
import org.cytobench.io.multiplex.MultiplexImporters;
import org.cytobench.io.multiplex.MultiplexPlate;
import org.cytobench.analysis.BeadCountRule;
import org.cytobench.multiplex.MultiplexImport;
import org.cytobench.multiplex.MultiplexRuns;
import org.cytobench.plate.AssayPlate;
import org.cytobench.plate.AssayRun;
import org.cytobench.plate.KineticRead;
import org.cytobench.plate.KineticReductions;
import org.cytobench.plate.PlateData;
import org.cytobench.plate.Read;
import org.cytobench.plate.ReadKind;
import org.cytobench.ui.DocumentViewModel;

/**
 * The import preview: what the importer read from one file, which of its plates and reads to use (primary and
 * reference wavelength), and which assay plate receives it. Nothing changes in the document until {@link #confirm()};
 * then the readings and the raw file land in one undoable edit.
 */
public final class ImportViewModel {

    /** The importer choice "auto-detect" in the format list. */
    public static final String AUTO = "auto";

    private final DocumentViewModel document;
    private final SourceFile file;
    private final ObjectProperty<ImportResult> result = new SimpleObjectProperty<>(this, "result");
    private final StringProperty format = new SimpleStringProperty(this, "format", AUTO);
    private final IntegerProperty filePlate = new SimpleIntegerProperty(this, "filePlate", 0);
    private final StringProperty primaryRead = new SimpleStringProperty(this, "primaryRead");
    private final StringProperty referenceRead = new SimpleStringProperty(this, "referenceRead");
    private final IntegerProperty target = new SimpleIntegerProperty(this, "target", 0);
    private final BooleanProperty useFileLayout = new SimpleBooleanProperty(this, "useFileLayout", false);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private PlateData endpointSource;
    private PlateData endpointPlate;

    public ImportViewModel(DocumentViewModel document, SourceFile file, ImportResult initial, int preferredTarget) {
        this.document = document;
        this.file = file;
        target.set(guessTarget(preferredTarget));
        filePlate.addListener(o -> chooseDefaultReads());
        result.addListener(o -> { previewPlate = null; filePlate.set(0); chooseDefaultReads(); });
        result.set(initial);
        chooseDefaultReads();
        primaryRead.addListener(o -> check());
        referenceRead.addListener(o -> check());
        target.addListener(o -> check());
        // the layout the file states is offered by default only where it overwrites nothing: an empty assay plate
        result.addListener(o -> chooseDefaultLayout());
        filePlate.addListener(o -> chooseDefaultLayout());
        target.addListener(o -> chooseDefaultLayout());
        chooseDefaultLayout();
        check();
    }

    /** Reads a file with an importer ({@link #AUTO} to detect it); the importer's own message on failure. */
    public static ImportResult read(SourceFile file, String formatId) throws ImportException {
        return PlateImporters.importFile(file, AUTO.equals(formatId) ? null : formatId);
    }

    public SourceFile file() { return file; }
    public ObjectProperty<ImportResult> resultProperty() { return result; }
    public ImportResult result() { return result.get(); }
    public StringProperty formatProperty() { return format; }
    public IntegerProperty filePlateProperty() { return filePlate; }
    public StringProperty primaryReadProperty() { return primaryRead; }
    public StringProperty referenceReadProperty() { return referenceRead; }
    public IntegerProperty targetProperty() { return target; }
    /** Whether confirming also lays the target plate out as the file says (see {@link #fileLayout()}). */
    public BooleanProperty useFileLayoutProperty() { return useFileLayout; }

    /**
     * The layout the file states for the chosen plate (a Gen5 Layout block, SoftMax Pro group tables), or empty; a
     * multiplex export's layout always comes with its runs instead.
     */
    public Optional<ProposedLayout> fileLayout() {
        if (result.get() == null || result.get().plates().isEmpty() || isMultiplex()) return Optional.empty();
        return result.get().layout(plate().name()).filter(l -> !l.wells().isEmpty());
    }

    /** "Use the layout from the file: 21 standard wells (7 levels with a concentration), 3 blanks, 72 samples", or "". */
    public String fileLayoutText() {
        return fileLayout().map(l -> "Use the layout from the file: " + l.summary()).orElse("");
    }

    private void chooseDefaultLayout() {
        int i = target.get();
        List<AssayRun> runs = document.experiment().assays();
        boolean empty = i >= 0 && i < runs.size() && runs.get(i).layout().wells().isEmpty();
        useFileLayout.set(empty && fileLayout().isPresent());
    }

    /** The target's layout with its wells as the file states them (name, format and analyte stay the plate's). */
    static AssayPlate laidOutAsTheFileSays(AssayPlate target, ProposedLayout layout, org.cytobench.plate.CulturePlate culture) {
        return new AssayPlate(target.name(), target.format(), target.analyte(), layout.assayWells(target.format(), culture));
    }
    /** Why the import cannot be confirmed as chosen, or "". */
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }

    /** Importer ids for the format picker, auto-detect first. */
    public static List<String> formats() {
        List<String> ids = new ArrayList<>();
        ids.add(AUTO);
        for (PlateImporter i : PlateImporters.all()) ids.add(i.id());
        return ids;
    }

    public static String formatName(String id) {
        if (AUTO.equals(id)) return "Detect automatically";
        return PlateImporters.byId(id).map(PlateImporter::displayName).orElse(id);
    }

    /**
     * The chosen plate of the file. For a kinetic file the endpoint reads the ELISA path needs are added as derived reads
     * the user picks from like any other: the last read, the mean slope, the maximum slope, and every single time point.
     */
    public PlateData plate() {
        List<PlateData> plates = result.get().plates();
        PlateData p = plates.get(Math.max(0, Math.min(filePlate.get(), plates.size() - 1)));
        if (p != endpointSource) {
            endpointSource = p;
            endpointPlate = withEndpointReads(p);
        }
        return endpointPlate;
    }

    /** The plate with each kinetic data set also reduced to endpoint reads (see {@link KineticReductions}). */
    static PlateData withEndpointReads(PlateData p) {
        if (p.kinetic().isEmpty()) return p;
        List<Read> reads = new ArrayList<>(p.reads());
        for (KineticRead k : p.kinetic()) {
            if (k.timesSeconds().isEmpty()) continue;
            reads.add(KineticReductions.lastRead(k));
            if (k.timesSeconds().size() >= 2) reads.add(KineticReductions.meanSlope(k));
            if (k.timesSeconds().size() >= 3) reads.add(KineticReductions.maxSlope(k, Math.min(5, k.timesSeconds().size())));
            for (int i = 0; i < k.timesSeconds().size() - 1; i++) reads.add(KineticReductions.atTimePoint(k, i));
        }
        return new PlateData(p.name(), p.rows(), p.columns(), reads, p.kinetic());
    }

    /** Read names of the chosen plate, raw reads first ("450", "570", then derived ones such as "Blank 450"). */
    public List<String> readNames() {
        List<String> names = new ArrayList<>();
        plate().reads().stream().filter(r -> r.kind() == ReadKind.RAW).forEach(r -> names.add(r.name()));
        plate().reads().stream().filter(r -> r.kind() == ReadKind.DERIVED).forEach(r -> names.add(r.name()));
        return names;
    }

    public Optional<Read> primary() {
        return primaryRead.get() == null ? Optional.empty() : plate().read(primaryRead.get());
    }

    /** Assay plate names, for the target picker. */
    public List<String> targets() {
        return document.experiment().assays().stream().map(r -> r.layout().name()
                + (r.readings() == null ? "" : "  (replaces " + (r.sourceFile() == null ? "readings" : r.sourceFile()) + ")")).toList();
    }

    /** The experiment's bead-count minimum, which the multiplex preview marks wells under. */
    public int beadCountMinimum() { return document.project().analysisSettings().beadCount().minimum(); }

    /** Whether the file is a multiplex export: confirming then adds one assay run per analyte (decision 0006). */
    public boolean isMultiplex() {
        return result.get() != null && MultiplexImporters.byId(result.get().format()).isPresent();
    }

    /**
     * Puts the chosen readings into the target assay plate and embeds the raw file; a multiplex export instead adds one run
     * per analyte with the layout the file proposes (see {@link MultiplexImport}). False (see problem) if not possible.
     */
    public boolean confirm() {
        if (isMultiplex()) return confirmMultiplex();
        check();
        if (!problem.get().isEmpty()) return false;
        int i = target.get();
        PlateData data = plate();
        String primary = primaryRead.get();
        String reference = referenceRead.get();
        String name = document.experiment().assays().get(i).layout().name();
        ProposedLayout layout = useFileLayout.get() ? fileLayout().orElse(null) : null;
        // readings and layout in one edit: one undo takes both back
        document.applyProject("Import " + file.name() + " into " + name + (layout == null ? "" : " with the file's layout"), p -> {
            AssayRun run = p.experiment().assays().get(i);
            if (layout != null) run = run.withLayout(laidOutAsTheFileSays(run.layout(), layout, p.experiment().culture()));
            run = run.withReadings(data, primary, reference, file.name());
            return p.withSource(file).withExperiment(p.experiment().withAssay(i, run));
        });
        return true;
    }

    /**
     * The multiplex plate the preview read in the background for this result and plate index, so that OK does not read a
     * 600 KB export again on the FX thread.
     */
    public void previewRead(ImportResult forResult, int index, MultiplexPlate plate) {
        if (forResult != result.get()) return;
        previewIndex = index;
        previewPlate = plate;
    }

    private MultiplexPlate previewPlate;
    private int previewIndex = -1;

    private boolean confirmMultiplex() {
        MultiplexPlate plate;
        if (previewPlate != null && previewIndex == filePlate.get()) {
            plate = previewPlate;
        } else {
            try {
                List<MultiplexPlate> plates = MultiplexImporters.byId(result.get().format()).orElseThrow().readMultiplex(file).plates();
                plate = plates.get(Math.max(0, Math.min(filePlate.get(), plates.size() - 1)));
            } catch (ImportException e) {
                problem.set(e.getMessage());
                return false;
            }
        }
        document.applyProject("Import " + file.name() + " (" + plate.analytes().size() + " analytes)", p -> {
            // the import only flags low bead counts at the experiment's minimum; excluding them is the analysis's job
            // (AnalysisSettings.beadCount), so that changing the setting later changes which wells are out
            MultiplexRuns runs = MultiplexImport.toAssayRuns(plate, file.name(), p.experiment().culture(),
                    new BeadCountRule(p.analysisSettings().beadCount().minimum(), false));
            return p.withSource(file).withExperiment(MultiplexImport.addTo(p.experiment(), runs));
        });
        return true;
    }

    private void chooseDefaultReads() {
        if (result.get() == null || result.get().plates().isEmpty()) return;
        List<Read> raw = plate().reads().stream().filter(r -> r.kind() == ReadKind.RAW).toList();
        List<Read> all = raw.isEmpty() ? plate().reads() : raw;
        Read p = all.stream().filter(r -> is(r, 450)).findFirst().orElse(all.isEmpty() ? null : all.get(0));
        Read ref = raw.stream().filter(r -> r != p && (is(r, 570) || is(r, 630) || is(r, 540) || is(r, 620))).findFirst().orElse(null);
        primaryRead.set(p == null ? null : p.name());
        referenceRead.set(ref == null ? null : ref.name());
        check();
    }

    private static boolean is(Read r, int nm) {
        return (r.wavelengthNm() != null && Math.round(r.wavelengthNm()) == nm) || r.name().contains(Integer.toString(nm));
    }

    private void check() {
        problem.set(problemNow());
    }

    private String problemNow() {
        if (result.get() == null || result.get().plates().isEmpty()) return file.name() + " holds no plate.";
        if (isMultiplex()) return ""; // adds its own runs, one per analyte
        if (document.experiment().assays().isEmpty()) return "Add an assay plate first; the readings belong to one.";
        if (target.get() < 0 || target.get() >= document.experiment().assays().size()) return "Choose the assay plate the readings belong to.";
        if (primary().isEmpty()) return "Choose the read to use.";
        if (referenceRead.get() != null && referenceRead.get().equals(primaryRead.get())) return "The reference read must differ from the read used.";
        var layoutFormat = document.experiment().assays().get(target.get()).layout().format();
        if (plate().format() != layoutFormat) {
            return "The file holds a " + plate().format().wellCount() + "-well plate but "
                    + document.experiment().assays().get(target.get()).layout().name() + " is a " + layoutFormat.wellCount() + "-well plate.";
        }
        return "";
    }

    /** The assay plate whose analyte the file name mentions ("IL6_plate1.txt" → IL-6), else the one given. */
    private int guessTarget(int preferred) {
        String n = squash(file.name());
        List<AssayRun> runs = document.experiment().assays();
        for (int i = 0; i < runs.size(); i++) {
            String a = squash(runs.get(i).layout().analyte().name());
            if (a.length() >= 3 && n.contains(a)) return i;
        }
        return Math.max(0, Math.min(preferred, runs.size() - 1));
    }

    private static String squash(String s) {
        return s.toLowerCase(Locale.ROOT).replace("α", "a").replace("γ", "g").replaceAll("[^a-z0-9]", "");
    }
}
