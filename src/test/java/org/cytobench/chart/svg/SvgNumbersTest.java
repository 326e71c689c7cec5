package org.cytobench.chart.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class SvgNumbersTest {

    @Test
    void writesPlainDecimalsRoundedWithoutTrailingZerosOrExponent() {
        assertEquals("0", SvgNumbers.format(0, 3));
        assertEquals("0", SvgNumbers.format(-0.0004, 3), "no minus zero");
        assertEquals("12", SvgNumbers.format(12.0, 3));
        assertEquals("240.945", SvgNumbers.format(85 / 25.4 * 72, 3));
        assertEquals("0.05", SvgNumbers.format(0.05, 3));
        assertEquals("0.005", SvgNumbers.format(0.005, 3));
        assertEquals("-1.5", SvgNumbers.format(-1.5, 3));
        assertEquals("0.000001", SvgNumbers.format(1e-6, 6), "never 1.0E-6");
        assertEquals("1", SvgNumbers.format(0.9999996, 6));
        assertEquals("123456789012", SvgNumbers.format(123456789012.0, 3));
        assertEquals("100000000000000000000", SvgNumbers.format(1e20, 3), "beyond a long: still plain");
    }

    @Test
    void doesNotDependOnTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("3.25", SvgNumbers.format(3.25, 3));
        } finally {
            Locale.setDefault(saved);
        }
    }
}
