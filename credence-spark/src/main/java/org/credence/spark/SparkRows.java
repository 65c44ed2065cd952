package org.credence.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.credence.report.SourceSummary;
import org.credence.report.SummaryRow;
import org.credence.report.SummarySchema;
import org.credence.report.SummarySchema.Column;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The core's tabular columns ({@link SummarySchema#COLUMNS}, {@link SourceSummary#COLUMNS}) as
 * Spark columns, and {@link SummaryRow}s as Spark rows. The column list is the core's: the job's
 * Parquet has the names, order and types of {@code credence analyze --output x.parquet}, and a
 * column added there becomes a column here without a change.
 *
 * <p>One mapping from {@link SummarySchema.Type} to Spark ({@link #type}), as the core documents
 * it: {@code STRING} → string, {@code INT} → int, {@code LONG} → bigint, {@code DOUBLE_MAP} →
 * map&lt;string,double&gt; with null values (a NaN is written as null), {@code STRING_MAP} →
 * map&lt;string,string&gt;, {@code LONG_MAP} → map&lt;string,bigint&gt; (no null values),
 * {@code STRING_LIST} → array&lt;string&gt; (no null elements), {@code SIGNAL_COUNTS} →
 * array&lt;struct&lt;signal:string, articles:bigint&gt;&gt;. Every top-level column is
 * nullable, as Spark reads any Parquet column and as the batch writes them ({@code optional}).
 */
public final class SparkRows {

    /** The columns of the job's output: {@link SummarySchema#COLUMNS}. */
    public static final StructType ROW_SCHEMA = schema(SummarySchema.COLUMNS);

    /** The columns of the per-source aggregate: {@link SourceSummary#COLUMNS}. */
    public static final StructType SOURCE_SUMMARY_SCHEMA = schema(SourceSummary.COLUMNS);

    private SparkRows() {
    }

    /** The Spark type of a column type. */
    public static DataType type(SummarySchema.Type type) {
        return switch (type) {
            case STRING -> DataTypes.StringType;
            case INT -> DataTypes.IntegerType;
            case LONG -> DataTypes.LongType;
            case DOUBLE_MAP -> DataTypes.createMapType(DataTypes.StringType, DataTypes.DoubleType, true);
            case STRING_MAP -> DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, false);
            case LONG_MAP -> DataTypes.createMapType(DataTypes.StringType, DataTypes.LongType, false);
            case STRING_LIST -> DataTypes.createArrayType(DataTypes.StringType, false);
            case SIGNAL_COUNTS -> DataTypes.createArrayType(DataTypes.createStructType(List.of(
                    DataTypes.createStructField("signal", DataTypes.StringType, false),
                    DataTypes.createStructField("articles", DataTypes.LongType, false))), false);
        };
    }

    /** The Spark schema of a column list, in its order, every column nullable. */
    public static StructType schema(List<Column> columns) {
        List<StructField> fields = new ArrayList<>(columns.size());
        for (Column c : columns) {
            fields.add(DataTypes.createStructField(c.name(), type(c.type()), true));
        }
        return DataTypes.createStructType(fields);
    }

    /** The Spark row of a summary row ({@link SummarySchema#values}, NaN as null), with {@link #ROW_SCHEMA}. */
    public static Row toRow(SummaryRow row) {
        List<Object> values = SummarySchema.values(row);
        Object[] out = new Object[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = toSpark(values.get(i));
        }
        return new GenericRowWithSchema(out, ROW_SCHEMA);
    }

    private static Object toSpark(Object v) {
        if (v instanceof List<?> list) {
            return CollectionConverters.asScala(list).toSeq();
        }
        if (v instanceof Map<?, ?> map) {
            return CollectionConverters.asScala(new LinkedHashMap<>(map));
        }
        return v;
    }

    /**
     * The summary row of a Spark row that has (at least) the columns of {@link #ROW_SCHEMA},
     * found by name: the inverse of {@link #toRow}, and the reader of the batch's Parquet and of
     * the job's. Null values read as {@link SummarySchema#row} reads them (a null score as NaN).
     *
     * @throws IllegalArgumentException naming a column the row lacks
     */
    public static SummaryRow fromRow(Row row) {
        return SummarySchema.row(values(row, SummarySchema.COLUMNS));
    }

    /**
     * A Spark row's values for {@code columns}, found by name, as plain Java values (the types
     * {@link SummarySchema#values} gives: {@code String}, {@code Integer}, {@code Long},
     * {@code Map} with keys in the row's order, {@code List}); null stays null.
     *
     * @throws IllegalArgumentException naming a column the row lacks
     */
    public static List<Object> values(Row row, List<Column> columns) {
        List<Object> out = new ArrayList<>(columns.size());
        for (Column c : columns) {
            int at;
            try {
                at = row.fieldIndex(c.name());
            } catch (IllegalArgumentException | UnsupportedOperationException e) {
                throw new IllegalArgumentException("the row has no column '" + c.name() + "'", e);
            }
            if (row.isNullAt(at)) {
                out.add(null);
                continue;
            }
            out.add(switch (c.type()) {
                case STRING -> row.getString(at);
                case INT -> row.getInt(at);
                case LONG -> row.getLong(at);
                case DOUBLE_MAP, STRING_MAP, LONG_MAP -> new LinkedHashMap<>(row.<Object, Object>getJavaMap(at));
                case STRING_LIST -> new ArrayList<>(row.<Object>getList(at));
                case SIGNAL_COUNTS -> row.<Row>getList(at).stream()
                        .map(r -> new org.credence.report.SourceSummary.SignalCount(r.getString(0), r.getLong(1)))
                        .toList();
            });
        }
        return out;
    }
}
