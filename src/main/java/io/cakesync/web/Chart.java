package io.cakesync.web;

import java.util.List;

/**
 * A small bar chart drawn as SVG by the server: bars (stacked where several share a slot), an
 * optional line on a second scale, the x-axis labels and a legend. Coordinates are SVG user units.
 */
public record Chart(
        String id,
        String title,
        int width,
        int height,
        double top,
        double bottom,
        double left,
        double right,
        List<Bar> bars,
        String line,
        List<Dot> dots,
        List<Tick> ticks,
        String yMax,
        String y2Max,
        List<Key> legend) {

    public record Bar(double x, double y, double w, double h, String css, String tip) {}

    public record Dot(double x, double y, String tip) {}

    public record Tick(double x, String label) {}

    public record Key(String css, String label) {}

    public double labelLeft() {
        return left - 4;
    }

    public double labelRight() {
        return right + 4;
    }

    public double labelTop() {
        return top + 4;
    }

    public double tickY() {
        return bottom + 14;
    }

    public double middleX() {
        return (left + right) / 2;
    }

    public double middleY() {
        return (top + bottom) / 2;
    }

    public boolean empty() {
        return bars.isEmpty() && dots.isEmpty();
    }
}
