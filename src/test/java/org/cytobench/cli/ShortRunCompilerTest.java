package org.cytobench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

/**
 * The C2-excluding directive {@code analyze} adds (decision 0016), checked in a JVM of its own (the test JVM must keep its
 * compilers): the JVM reports the directive as in force, and {@code -Dcytobench.jit=c2} leaves the compilers alone.
 */
class ShortRunCompilerTest {

    /** Run in a child JVM: adds the directive, prints whether it was taken and the JVM's directives. */
    public static void main(String[] args) throws Exception {
        boolean taken = ShortRunCompiler.preferQuickCompiler();
        Object printed = ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesPrint",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        System.out.println("taken=" + taken);
        System.out.println(printed);
    }

    private static String child(String... props) throws IOException, InterruptedException {
        List<String> cmd = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(List.of(props));
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), ShortRunCompilerTest.class.getName()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "child JVM did not finish");
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    /** The c2 block of the directive that matches every method, as HotSpot prints it. */
    private static String c2Block(String printed) {
        int match = printed.indexOf("matching: *.*");
        int c2 = match < 0 ? -1 : printed.indexOf("c2 directives:", match);
        return c2 < 0 ? "" : printed.substring(c2, Math.min(printed.length(), c2 + 200));
    }

    @Test
    void theOptimisingCompilerIsExcludedForEveryMethod() throws Exception {
        String out = child();
        assertTrue(out.contains("taken=true"), out);
        assertTrue(c2Block(out).contains("Exclude:true"), out);
    }

    @Test
    void askingForC2KeepsTheCompilersAsTheyAre() throws Exception {
        String out = child("-Dcytobench.jit=c2");
        assertTrue(out.contains("taken=false"), out);
        assertFalse(c2Block(out).contains("Exclude:true"), out);
    }
}
