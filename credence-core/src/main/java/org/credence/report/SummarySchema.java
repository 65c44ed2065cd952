package org.credence.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The columns of the flat per-record output ({@link SummaryRow}) as every tabular writer lays
 * them out: the CSV summary, the Parquet output of {@code credence analyze} and the Parquet output
 * of the Spark job. It names columns and their types only, without any Parquet or Spark classes,
 * so that each writer builds the same schema from it.
 *
 * <p>Types map as follows (Parquet / Spark SQL):
 * <ul>
 *   <li>{@link Type#STRING}: {@code binary (STRING)} / {@code StringType}; never null (empty when
 *       absent)</li>
 *   <li>{@link Type#INT}: {@code int32} / {@code IntegerType}; {@link Type#LONG}: {@code int64} /
 *       {@code LongType}</li>
 *   <li>{@link Type#DOUBLE_MAP}: {@code MAP<STRING, double>} / {@code MapType(StringType,
 *       DoubleType, valueContainsNull = true)}; a value that could not be computed ({@code NaN})
 *       is null</li>
 *   <li>{@link Type#STRING_MAP}: {@code MAP<STRING, STRING>} / {@code MapType(StringType,
 *       StringType, false)}; {@link Type#LONG_MAP}: {@code MAP<STRING, int64>} /
 *       {@code MapType(StringType, LongType, false)}</li>
 *   <li>{@link Type#STRING_LIST}: {@code LIST<STRING>} / {@code ArrayType(StringType, false)}</li>
 *   <li>{@link Type#SIGNAL_COUNTS} (only in {@link SourceSummary}): a list of
 *       {@code (signal STRING, articles int64)} / {@code array<struct<signal: string,
 *       articles: bigint>>}</li>
 * </ul>
 * Column names are the record components' names ({@code errorCode}, {@code signalScores}), the
 * names the Spark job's columns have. Maps hold their keys in sorted order. In CSV, maps and
 * lists are one cell each, written as compact JSON ({@code {"fundraising":1.0}},
 * {@code ["fundraising"]}), with null for NaN.
 */
public final class SummarySchema {

    private SummarySchema() {
    }

    /** Column types; see the class comment for their Parquet and Spark equivalents. */
    public enum Type { STRING, INT, LONG, DOUBLE_MAP, STRING_MAP, LONG_MAP, STRING_LIST, SIGNAL_COUNTS }

    /**
     * One column.
     *
     * @param name        its name: the name of the {@link SummaryRow} component it holds (as the
     *                    Spark job, which derives its columns from those components, names it)
     * @param type        its type
     * @param description what it holds, in plain words
     */
    public record Column(String name, Type type, String description) {
    }

    /** The columns of a {@link SummaryRow}, in order. */
    public static final List<Column> COLUMNS = List.of(
            new Column("id", Type.STRING, "the record's id"),
            new Column("origin", Type.STRING, "where the record came from: path, path:line, path#row, path@offset (WARC)"),
            new Column("url", Type.STRING, "the article's URL, or empty"),
            new Column("source", Type.STRING, "the outlet (record field source; for WARC the host), or empty"),
            new Column("status", Type.STRING, "ok, partial (a stage failed) or error"),
            new Column("errorCode", Type.STRING, "the error's code (error rows) or the first error problem's code (partial rows)"),
            new Column("errorMessage", Type.STRING, "the error's message, else empty"),
            new Column("headline", Type.STRING, "the headline read from the article, or empty"),
            new Column("scores", Type.DOUBLE_MAP, "score id -> calibrated probability (null: cannot score)"),
            new Column("bands", Type.STRING_MAP, "score id -> band: low, mixed, high, cannot-score"),
            new Column("topReasons", Type.STRING_LIST, "each score's strongest reasons as 'scoreId: description'"),
            new Column("signalScores", Type.DOUBLE_MAP, "signal id -> score (null: cannot judge)"),
            new Column("signalsFired", Type.STRING_LIST, "ids of the signals that fired, in catalogue order"),
            new Column("words", Type.INT, "words of the working text"),
            new Column("sentences", Type.INT, "sentences"),
            new Column("entities", Type.INT, "named-entity mentions"),
            new Column("quotes", Type.INT, "quotes"),
            new Column("repairs", Type.INT, "repairs made to the text"),
            new Column("problems", Type.INT, "problems recorded"));

    /** The column names, in order. */
    public static List<String> names() {
        return COLUMNS.stream().map(Column::name).toList();
    }

    /**
     * A row's values in column order, as plain Java values: {@code String}, {@code Integer},
     * {@code Map<String, Double>} (null for NaN), {@code Map<String, String>}, {@code List<String>}.
     */
    public static List<Object> values(SummaryRow r) {
        return List.of(r.id(), r.origin(), r.url(), r.source(), r.status(), r.errorCode(), r.errorMessage(),
                r.headline(), nullForNaN(r.scores()), r.bands(), r.topReasons(), nullForNaN(r.signalScores()),
                r.signalsFired(), r.words(), r.sentences(), r.entities(), r.quotes(), r.repairs(), r.problems());
    }

    /** The row back from its values in column order (the inverse of {@link #values}); null numbers read as NaN. */
    @SuppressWarnings("unchecked")
    public static SummaryRow row(List<?> v) {
        if (v.size() != COLUMNS.size()) {
            throw new IllegalArgumentException("a summary row has " + COLUMNS.size() + " values, got " + v.size());
        }
        return new SummaryRow(str(v.get(0)), str(v.get(1)), str(v.get(2)), str(v.get(3)), str(v.get(4)),
                str(v.get(5)), str(v.get(6)), str(v.get(7)), nanForNull((Map<String, Double>) v.get(8)),
                map((Map<String, String>) v.get(9)), list((List<String>) v.get(10)),
                nanForNull((Map<String, Double>) v.get(11)), list((List<String>) v.get(12)),
                num(v.get(13)), num(v.get(14)), num(v.get(15)), num(v.get(16)), num(v.get(17)), num(v.get(18)));
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A row as CSV cells in column order: maps and lists as compact JSON. */
    public static List<String> csvCells(SummaryRow r) {
        List<Object> values = values(r);
        List<String> cells = new ArrayList<>(values.size());
        for (Object o : values) {
            cells.add(cell(o));
        }
        return cells;
    }

    /** Encodes one value for a CSV cell. */
    public static String cell(Object o) {
        if (o instanceof String s) {
            return s;
        }
        if (o instanceof Number n) {
            return n.toString();
        }
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + o, e);
        }
    }

    /**
     * The row back from CSV cells keyed by column name (the inverse of {@link #csvCells}).
     *
     * @throws IllegalArgumentException naming the column whose cell cannot be read
     */
    public static SummaryRow fromCsv(Map<String, String> cells) {
        List<Object> v = new ArrayList<>(COLUMNS.size());
        for (Column c : COLUMNS) {
            String s = cells.get(c.name());
            if (s == null) {
                throw new IllegalArgumentException("CSV summary lacks column '" + c.name() + "'");
            }
            try {
                v.add(switch (c.type()) {
                    case STRING -> s;
                    case INT -> s.isEmpty() ? 0 : Integer.parseInt(s);
                    case LONG -> s.isEmpty() ? 0L : Long.parseLong(s);
                    case DOUBLE_MAP -> s.isEmpty() ? Map.of() : JSON.readValue(s, new TypeReference<Map<String, Double>>() { });
                    case STRING_MAP -> s.isEmpty() ? Map.of() : JSON.readValue(s, new TypeReference<Map<String, String>>() { });
                    case LONG_MAP -> s.isEmpty() ? Map.of() : JSON.readValue(s, new TypeReference<Map<String, Long>>() { });
                    case STRING_LIST -> s.isEmpty() ? List.of() : JSON.readValue(s, new TypeReference<List<String>>() { });
                    case SIGNAL_COUNTS -> throw new IllegalArgumentException("not a column of a summary row");
                });
            } catch (JsonProcessingException | NumberFormatException e) {
                throw new IllegalArgumentException("cannot read column '" + c.name() + "' from '" + s + "': " + e.getMessage());
            }
        }
        return row(v);
    }

    static Map<String, Double> nullForNaN(Map<String, Double> m) {
        Map<String, Double> out = new TreeMap<>();
        m.forEach((k, x) -> out.put(k, x == null || Double.isNaN(x) ? null : x));
        return Collections.unmodifiableMap(out);
    }

    private static Map<String, Double> nanForNull(Map<String, Double> m) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (m != null) {
            m.forEach((k, x) -> out.put(k, x == null ? Double.NaN : x));
        }
        return out;
    }

    private static <K, V> Map<K, V> map(Map<K, V> m) {
        return m == null ? Map.of() : m;
    }

    private static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : l;
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }

    private static int num(Object o) {
        return o == null ? 0 : ((Number) o).intValue();
    }
}
