package org.cytobench.plate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void significantDigitsAreWrittenAsALabWouldWriteThem() {
        assertEquals("11380", Numbers.significant(11382.7, 4));
        assertEquals("2560", Numbers.significant(2561.9, 3));
        assertEquals("0.0419", Numbers.significant(0.041912, 3));
        assertEquals("156.3", Numbers.significant(156.25001, 4));
        assertEquals("-1.723", Numbers.significant(-1.72341, 4));
        assertEquals("1.00", Numbers.significant(1.0, 3));
        assertEquals("1.23E-06", Numbers.significant(1.2345e-6, 3));
        assertEquals("0", Numbers.significant(0, 3));
    }

    @Test
    void compactDropsTrailingZeros() {
        assertEquals("100", Numbers.compact(100.0));
        assertEquals("62.5", Numbers.compact(62.5));
    }

    @Test
    void displayKeepsWhatAPersonTypesAndRoundsLongBinaryFractions() {
        assertEquals("62.5", Numbers.display(62.5));
        assertEquals("15.625", Numbers.display(15.625));
        assertEquals("7.8125", Numbers.display(7.8125));
        assertEquals("20850", Numbers.display(20850));
        assertEquals("0.63629", Numbers.display(0.63629150390625));
        assertEquals("1.2726", Numbers.display(1.2725830078125));
        assertEquals("81.445", Numbers.display(81.4453125));
        assertEquals("0", Numbers.display(0));
    }
}
