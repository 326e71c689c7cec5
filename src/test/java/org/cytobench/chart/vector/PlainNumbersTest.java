package org.cytobench.chart.vector;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class PlainNumbersTest {

    @Test
    void writesPlainDecimalsRoundedWithoutTrailingZerosOrExponent() {
        assertEquals("0", PlainNumbers.format(0, 3));
        assertEquals("0", PlainNumbers.format(-0.0004, 3), "no minus zero");
        assertEquals("12", PlainNumbers.format(12.0, 3));
        assertEquals("240.945", PlainNumbers.format(85 / 25.4 * 72, 3));
        assertEquals("0.05", PlainNumbers.format(0.05, 3));
        assertEquals("0.005", PlainNumbers.format(0.005, 3));
        assertEquals("-1.5", PlainNumbers.format(-1.5, 3));
        assertEquals("0.000001", PlainNumbers.format(1e-6, 6), "never 1.0E-6");
        assertEquals("1", PlainNumbers.format(0.9999996, 6));
        assertEquals("123456789012", PlainNumbers.format(123456789012.0, 3));
        assertEquals("100000000000000000000", PlainNumbers.format(1e20, 3), "beyond a long: still plain");
    }

    @Test
    void doesNotDependOnTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("3.25", PlainNumbers.format(3.25, 3));
        } finally {
            Locale.setDefault(saved);
        }
    }
}
