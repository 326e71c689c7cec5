package org.cytobench.ui;

import java.lang.management.ManagementFactory;

/**
 * Start-up timing for docs/benchmarks.md: with {@code -Dcytobench.startupLog=true} the workbench prints
 * "cytobench-startup STAGE MS" lines on stderr, in milliseconds since the JVM started (so the JVM's own start counts),
 * for the stages launcher, window (shown) and plate (the first plate drawn). With {@code -Dcytobench.quitWhenDrawn=true}
 * the workbench quits once the plate is drawn (benchmarks, the AppCDS training run in packaging/).
 */
public final class StartupClock {

    private StartupClock() {}

    public static void mark(String stage) {
        if (!Boolean.getBoolean("cytobench.startupLog")) return;
        long since = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.err.println("cytobench-startup " + stage + " " + since);
    }
}
