package org.cytobench.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guard for work on the fit's speed: every number of every {@link FitResult} stays the same, bit for bit. The fits of
 * (1) the 50 000 seeded curves of {@link EngineAgreementTest}'s generator, each with its own model and weighting,
 * (2) 2 000 further seeded curves fitted with every model × weighting (32 000 fits), and (3) every committed fixture
 * curve under src/test/resources/fit with every model × weighting are hashed into one SHA-256: the raw bits
 * ({@link Double#doubleToRawLongBits}) of parameters, standard errors, CIs, covariance, rss, R², residuals and the
 * standard range, and n, iterations, status, reason and warnings.
 *
 * <p>The expected hash was computed on the code before the 2026-12-01 afternoon speed work (commit 6a87165's classes
 * first on the class path, {@code java … org.cytobench.fit.FitResultsUnchangedTest} prints it) and must not change: an optimisation that changes it changes some fit's result. (It depends on the platform's
 * {@code Math.exp}/{@code log} giving the same bits, as {@code FitOutputUnchangedTest}'s 17-digit fixtures do.)
 */
class FitResultsUnchangedTest {
    private static final String EXPECTED = "9ddecc9ec7368dd6e04c2544c3f60d26e728d895086192d25d9d1fadfed11032";

    private record Case(double[] x, double[] y, CurveModel model, Weighting weighting) {}

    static List<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        Random rnd = new Random(20261201);
        for (int k = 0; k < 50_000; k++) {
            EngineAgreementTest.Curve c = EngineAgreementTest.randomCurve(rnd);
            cases.add(new Case(c.x(), c.y(), c.model(), c.weighting()));
        }
        Random more = new Random(20261202);
        for (int k = 0; k < 2_000; k++) {
            EngineAgreementTest.Curve c = EngineAgreementTest.randomCurve(more);
            for (CurveModel m : CurveModel.values()) for (Weighting w : Weighting.values()) cases.add(new Case(c.x(), c.y(), m, w));
        }
        List<Path> fixtures;
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/fit"))) {
            fixtures = s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
        for (Path p : fixtures) {
            double[][] c = ReferenceFitTest.readCurve(p);
            for (CurveModel m : CurveModel.values()) for (Weighting w : Weighting.values()) cases.add(new Case(c[0], c[1], m, w));
        }
        return cases;
    }

    /** Every number and word of a result, in a fixed order. */
    static byte[] bits(FitResult r) {
        List<Double> numbers = new ArrayList<>();
        numbers.addAll(r.parameters());
        numbers.addAll(r.standardErrors());
        numbers.addAll(r.ciLow());
        numbers.addAll(r.ciHigh());
        for (List<Double> row : r.covariance()) numbers.addAll(row);
        numbers.add(r.rss());
        numbers.add(r.r2());
        numbers.addAll(r.residuals());
        numbers.add(r.minStandard());
        numbers.add(r.maxStandard());
        String words = r.model() + "|" + r.weighting() + "|" + r.status() + "|" + r.reason() + "|" + String.join("|", r.warnings());
        byte[] text = words.getBytes(StandardCharsets.UTF_8);
        ByteBuffer b = ByteBuffer.allocate(7 * 4 + 8 * numbers.size() + text.length);
        b.putInt(r.n()).putInt(r.iterations()).putInt(r.parameters().size()).putInt(r.covariance().size())
                .putInt(r.residuals().size()).putInt(numbers.size()).putInt(text.length);
        for (double v : numbers) b.putLong(Double.doubleToRawLongBits(v));
        b.put(text);
        return b.array();
    }

    static String hash(List<Case> cases) throws NoSuchAlgorithmException {
        byte[][] each = IntStream.range(0, cases.size()).parallel().mapToObj(k -> {
            Case c = cases.get(k);
            return bits(CurveFitter.fit(c.x(), c.y(), c.model(), c.weighting()));
        }).toArray(byte[][]::new);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (byte[] e : each) sha.update(e);
        return HexFormat.of().formatHex(sha.digest());
    }

    /**
     * Without arguments, prints the hash. With a file name, for when the hash changes, which cases changed: writes one line per case (index, model, weighting, SHA-256 of its
     * bits) to the file given, to diff against the same run on the earlier code.
     */
    public static void main(String[] args) throws Exception {
        List<Case> cases = cases();
        if (args.length == 0) {     // the hash, e.g. on the earlier code's classes put first on the class path
            System.out.println(hash(cases));
            return;
        }
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < cases.size(); k++) {
            Case c = cases.get(k);
            byte[] d = MessageDigest.getInstance("SHA-256").digest(bits(CurveFitter.fit(c.x(), c.y(), c.model(), c.weighting())));
            out.append(k).append(' ').append(c.model().id()).append(' ').append(c.weighting().id()).append(' ')
                    .append(HexFormat.of().formatHex(d)).append('\n');
        }
        Files.writeString(Path.of(args[0]), out);
    }

    @Test
    void everyFitGivesTheSameBitsAsBefore() throws Exception {
        List<Case> cases = cases();
        assertEquals(EXPECTED, hash(cases), "some fit of the " + cases.size() + " guarded cases changed");
    }
}
