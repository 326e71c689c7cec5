package org.cytobench.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The projected Newton minimiser on functions whose minimum is known in closed form, inside the box and on its bounds. */
class ProjectedNewtonTest {

    @Test
    void interiorMinimumOfACorrelatedQuadraticToEightDigits() {
        // (x − 2)² + 3(y − 0.5)² + (x − 2)(y − 0.5): positive definite, minimum 7 at (2, 0.5)
        ProjectedNewton.Minimum m = new ProjectedNewton(p -> {
            double u = p[0] - 2, v = p[1] - 0.5;
            return 7 + u * u + 3 * v * v + u * v;
        }, 100, 50).minimise(new double[] {0.3, 4});
        assertEquals(2, m.point()[0], 1e-8);
        assertEquals(0.5, m.point()[1], 1e-8);
        assertEquals(7, m.value(), 1e-14);
        assertTrue(m.evaluations() < 60, "evaluations " + m.evaluations());
    }

    @Test
    void aMinimumBeyondTheLowerBoundIsReportedOnItExactly() {
        // unconstrained minimum at x = −1: on the box at x = 0 exactly, y free at 1
        ProjectedNewton.Minimum m = new ProjectedNewton(p -> (p[0] + 1) * (p[0] + 1) + (p[1] - 1) * (p[1] - 1), 100, 50)
                .minimise(new double[] {1, 1});
        assertEquals(0.0, m.point()[0]);
        assertEquals(1, m.point()[1], 1e-8);
        assertEquals(1, m.value(), 1e-12);
    }

    @Test
    void aMinimumBeyondTheUpperBoundIsReportedOnItExactly() {
        ProjectedNewton.Minimum m = new ProjectedNewton(p -> -p[0] + (p[1] - 3) * (p[1] - 3) + 0.01 * p[0] * p[0], 10, 100)
                .minimise(new double[] {1, 0});
        assertEquals(10.0, m.point()[0]);
        assertEquals(3, m.point()[1], 1e-8);
    }

    @Test
    void rosenbrockValleyFromTheCorner() {
        // 100(y − x²)² + (1 − x)², minimum 0 at (1, 1); the Hessian is indefinite on the way (steepest descent there).
        // Along the valley floor the gradient at 10⁻⁶ from the minimum is below the central differences' truncation
        // error (h²·f'''/6 with h = 10⁻⁴ and f''' ≈ 2400), so the minimiser stops within a few 10⁻⁶ of it
        ProjectedNewton.Minimum m = new ProjectedNewton(p -> {
            double a = p[1] - p[0] * p[0], b = 1 - p[0];
            return 100 * a * a + b * b;
        }, 10, 200).minimise(new double[] {0, 0});
        assertEquals(1, m.point()[0], 1e-5);
        assertEquals(1, m.point()[1], 2e-5);
        assertTrue(m.value() < 1e-10, "value " + m.value());
    }

    @Test
    void aStartOutsideTheBoxIsRefused() {
        ProjectedNewton pn = new ProjectedNewton(p -> p[0] * p[0], 1, 10);
        assertThrows(IllegalArgumentException.class, () -> pn.minimise(new double[] {-0.5}));
        assertThrows(IllegalArgumentException.class, () -> new ProjectedNewton(p -> 0, 0, 10));
    }
}
