package dev.notegraph.bench;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * One measured figure of the report.
 *
 * @param section the report section it belongs to
 * @param name what was measured
 * @param value the measured value, in {@code unit}
 * @param unit "s", "ms", "MB/s", "notes/s", "x" (a ratio), "MiB" or "" for a count
 * @param limit the target: the value must not exceed it; empty when the figure is informative only
 * @param detail how it was measured, or why it was not
 */
public record Figure(String section, String name, double value, String unit, OptionalDouble limit, String detail) {

    public static Figure info(String section, String name, double value, String unit, String detail) {
        return new Figure(section, name, value, unit, OptionalDouble.empty(), detail);
    }

    public static Figure target(String section, String name, double value, String unit, double limit, String detail) {
        return new Figure(section, name, value, unit, OptionalDouble.of(limit), detail);
    }

    /** A figure that could not be measured; it never passes its target. */
    public static Figure missing(String section, String name, String why) {
        return new Figure(section, name, Double.NaN, "", OptionalDouble.empty(), why);
    }

    public boolean measured() {
        return !Double.isNaN(value);
    }

    /** "PASS" or "MISS" against the target, "-" without one. */
    public String verdict() {
        if (limit.isEmpty()) {
            return measured() ? "-" : "n/a";
        }
        return measured() && value <= limit.getAsDouble() ? "PASS" : "MISS";
    }

    public String formattedValue() {
        return measured() ? format(value) + suffix() : "not measured";
    }

    public String formattedTarget() {
        return limit.isPresent() ? "<= " + format(limit.getAsDouble()) + suffix() : "";
    }

    private String suffix() {
        return unit.isEmpty() ? "" : " " + unit;
    }

    private String format(double v) {
        if (unit.isEmpty() || unit.equals("MiB") || Math.abs(v) >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        var magnitude = Math.abs(v);
        var pattern = magnitude >= 10 ? "%.1f" : magnitude >= 0.1 ? "%.2f" : "%.4f";
        return String.format(Locale.ROOT, pattern, v);
    }
}
