package org.credence.eval;

import java.util.Locale;

/**
 * A reliability diagram as a standalone SVG (no libraries): predicted probabilities in 10
 * equal-width bins against the share of positives observed in each bin, for Credence and for
 * the TF-IDF baseline, beside the diagonal of perfect calibration, with the number of articles
 * per bin as bars below. The same bins as the ECE the evaluations print.
 */
public final class ReliabilityDiagram {

    static final int BINS = 10;
    private static final int X0 = 70;
    private static final int Y0 = 66;
    private static final int SIZE = 400;
    private static final int BARS = 60;

    private ReliabilityDiagram() {
    }

    /**
     * The diagram of labels {@code y} (0/1) against two systems' probabilities, headed by a
     * title, the protocol and the data's name.
     */
    public static String svg(String title, String protocol, String data, int[] y, double[] credence, double[] baseline) {
        int w = X0 + SIZE + 30;
        int h = Y0 + SIZE + BARS + 70;
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">%n", w, h, w, h));
        sb.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", w, h));
        sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"18\" font-size=\"14\" font-weight=\"bold\">%s</text>%n",
                X0 - 50, escape(clipEnd(title, 60))));
        sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"34\" fill=\"#333\">%s</text>%n",
                X0 - 50, escape(clipEnd(protocol, 72))));
        sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"50\" fill=\"#555\">%s (%d articles)</text>%n",
                X0 - 50, escape(clip(data, 60)), y.length));
        // frame, grid and diagonal
        sb.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#999\"/>%n",
                X0, Y0, SIZE, SIZE));
        for (int i = 0; i <= 10; i += 2) {
            double v = i / 10.0;
            sb.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#eee\"/>%n",
                    x(v), Y0, x(v), Y0 + SIZE));
            sb.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#eee\"/>%n",
                    X0, yy(v), X0 + SIZE, yy(v)));
            sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%.1f</text>%n",
                    x(v), Y0 + SIZE + BARS + 18, v));
            sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%.1f</text>%n",
                    X0 - 6, yy(v) + 4, v));
        }
        sb.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#888\" "
                + "stroke-dasharray=\"4 4\"/>%n", X0, Y0 + SIZE, X0 + SIZE, Y0));
        sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">predicted probability</text>%n",
                X0 + SIZE / 2, Y0 + SIZE + BARS + 36));
        sb.append(String.format(Locale.ROOT, "<text transform=\"translate(18 %d) rotate(-90)\" text-anchor=\"middle\">"
                + "observed share of positives</text>%n", Y0 + SIZE / 2));
        curve(sb, y, baseline, "#aaa", "tf-idf + LR", 0);
        curve(sb, y, credence, "#c33", "credence", 1);
        // counts per bin for Credence
        int[] n = new int[BINS];
        int max = 1;
        for (double p : credence) {
            int b = bin(p);
            n[b]++;
            max = Math.max(max, n[b]);
        }
        int base = Y0 + SIZE + BARS;
        for (int b = 0; b < BINS; b++) {
            double bh = (BARS - 8) * (double) n[b] / max;
            sb.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#e8a0a0\">"
                    + "<title>%d articles</title></rect>%n", x(b / 10.0) + 2, base - bh, SIZE / 10.0 - 4, bh, n[b]));
        }
        sb.append("</svg>\n");
        return sb.toString();
    }

    private static void curve(StringBuilder sb, int[] y, double[] p, String colour, String name, int row) {
        double[] sumP = new double[BINS];
        double[] sumY = new double[BINS];
        int[] n = new int[BINS];
        for (int i = 0; i < p.length; i++) {
            int b = bin(p[i]);
            sumP[b] += p[i];
            sumY[b] += y[i];
            n[b]++;
        }
        StringBuilder pts = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        for (int b = 0; b < BINS; b++) {
            if (n[b] == 0) {
                continue;
            }
            double px = x(sumP[b] / n[b]);
            double py = yy(sumY[b] / n[b]);
            pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", px, py));
            dots.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\">"
                    + "<title>%s: %d articles, mean prediction %.3f, observed %.3f</title></circle>%n", px, py,
                    Math.min(9, 2.5 + Math.sqrt(n[b]) / 2), colour, name, n[b], sumP[b] / n[b], sumY[b] / n[b]));
        }
        sb.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>%n",
                pts.toString().strip(), colour));
        sb.append(dots);
        int ly = Y0 + 16 + 18 * row;
        sb.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\"/>"
                + "<text x=\"%d\" y=\"%d\">%s</text>%n", X0 + 10, ly, X0 + 30, ly, colour, X0 + 36, ly + 4, name));
    }

    static int bin(double p) {
        return Math.max(0, Math.min(BINS - 1, (int) (p * BINS)));
    }

    private static double x(double v) {
        return X0 + v * SIZE;
    }

    private static double yy(double v) {
        return Y0 + SIZE - v * SIZE;
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : "…" + s.substring(s.length() - max + 1);
    }

    private static String clipEnd(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
