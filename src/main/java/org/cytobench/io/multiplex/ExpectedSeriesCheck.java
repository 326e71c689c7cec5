package org.cytobench.io.multiplex;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a standard series' expected concentrations against the series itself. Standards are a serial dilution, so every
 * level predicts every other one through the dilution factor; a level more than 3× away from what the others predict
 * (the median prediction, so one bad level cannot hide another) is implausible. The factor is the median ratio of
 * successive levels, which a few broken levels do not move.
 */
public final class ExpectedSeriesCheck {
    private ExpectedSeriesCheck() {}

    private static final Pattern LEVEL_NUMBER = Pattern.compile("(\\d+)$");
    private static final double TOLERANCE_LOG10 = Math.log10(3);

    /** The implausible levels of one analyte's series ({@code level name → expected}); levels without a number are ignored. */
    public static List<ImplausibleValue> check(String analyte, Map<String, Double> expected) {
        TreeMap<Integer, String> byNumber = new TreeMap<>();
        for (String level : expected.keySet()) {
            Matcher m = LEVEL_NUMBER.matcher(level);
            if (m.find() && expected.get(level) != null && expected.get(level) > 0) byNumber.put(Integer.parseInt(m.group(1)), level);
        }
        if (byNumber.size() < 3) return List.of();
        Integer[] nums = byNumber.keySet().toArray(Integer[]::new);
        double[] x = new double[nums.length];
        for (int i = 0; i < nums.length; i++) x[i] = expected.get(byNumber.get(nums[i]));
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i + 1 < x.length; i++) {
            ratios.add(Math.log(x[i] / x[i + 1]) / (nums[i + 1] - nums[i]));
        }
        double lnFactor = median(ratios.stream().mapToDouble(Double::doubleValue).toArray());
        if (!(Math.abs(lnFactor) > 1e-9)) return List.of(); // not a dilution series
        List<ImplausibleValue> out = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            double[] pred = new double[x.length - 1];
            int k = 0;
            for (int j = 0; j < x.length; j++) if (j != i) pred[k++] = Math.log(x[j]) - lnFactor * (nums[i] - nums[j]);
            double implied = Math.exp(median(pred));
            if (Math.abs(Math.log10(x[i] / implied)) > TOLERANCE_LOG10) {
                out.add(new ImplausibleValue(analyte, byNumber.get(nums[i]), x[i], round(implied)));
            }
        }
        return out;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    /** 12 significant figures: the implied value of a clean two-fold series comes out as written (215.625, not 215.62499…). */
    private static double round(double v) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(12)).doubleValue();
    }
}
