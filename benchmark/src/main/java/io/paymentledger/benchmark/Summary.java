package io.paymentledger.benchmark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The run's headline figures, printed last as {@code RESULT name=value} lines with issue 6's target beside each. */
final class Summary {

    private final Map<String, String> figures = new LinkedHashMap<>();

    void put(String name, String value, String target) {
        figures.put(name, target == null ? value : value + "   (target " + target + ")");
    }

    void put(String name, double value, String target) {
        // Ratios are small: three decimals; rates and times: one.
        put(name, String.format(Math.abs(value) < 10 ? "%.3f" : "%.1f", value), target);
    }

    void print(PrintStream out) {
        out.printf("%n== summary%n");
        figures.forEach((name, value) -> out.printf("RESULT %s=%s%n", name, value));
    }

    /** Resident memory of this JVM (VmRSS of /proc/self/status), or "n/a" where there is no /proc. */
    static String residentMemory() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    long kilobytes = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    return String.format("%.0f MiB", kilobytes / 1024.0);
                }
            }
        } catch (IOException | RuntimeException unavailable) {
            return "n/a";
        }
        return "n/a";
    }
}
