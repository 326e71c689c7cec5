package org.cytobench.chart;
/** Lets throw-away render scripts reach the test fixture. */
public final class ChartFixturesAccess {
    private ChartFixturesAccess() {}
    public static org.cytobench.plate.AssayRun run() { return ChartFixtures.il6Run(); }
}
