package org.credence.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.credence.report.SourceSummary;
import org.credence.report.SummaryRow;
import org.credence.report.SummarySchema;
import org.junit.jupiter.api.Test;

class SparkRowsTest {

    private static final SummaryRow ROW = new SummaryRow("a", "f:1", "https://x.example/1", "X", "ok", "", "", "H",
            Map.of("s", 0.25), Map.of("s", "low"), List.of("s: why"), Map.of("hedging", Double.NaN, "sourcing", 0.5),
            List.of("sourcing"), 10, 2, 1, 0, 0, 0);

    @Test
    void theColumnsAreTheCoresInItsOrderWithOneTypeMapping() {
        StructField[] fields = SparkRows.ROW_SCHEMA.fields();
        assertEquals(SummarySchema.COLUMNS.size(), fields.length);
        for (int i = 0; i < fields.length; i++) {
            SummarySchema.Column c = SummarySchema.COLUMNS.get(i);
            assertEquals(c.name(), fields[i].name());
            assertEquals(SparkRows.type(c.type()), fields[i].dataType(), c.name());
            assertTrue(fields[i].nullable(), c.name() + ": every column is nullable, as Spark reads Parquet");
        }
        StructType s = SparkRows.ROW_SCHEMA;
        assertEquals(DataTypes.StringType, s.apply("errorCode").dataType());
        assertEquals(DataTypes.IntegerType, s.apply("words").dataType());
        assertEquals(DataTypes.createMapType(DataTypes.StringType, DataTypes.DoubleType, true), s.apply("signalScores").dataType());
        assertEquals(DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, false), s.apply("bands").dataType());
        assertEquals(DataTypes.createArrayType(DataTypes.StringType, false), s.apply("signalsFired").dataType());
        StructType summary = SparkRows.SOURCE_SUMMARY_SCHEMA;
        assertEquals(SourceSummary.COLUMNS.stream().map(SummarySchema.Column::name).toList(), List.of(summary.fieldNames()));
        assertEquals(DataTypes.LongType, summary.apply("articles").dataType());
        assertEquals(DataTypes.createMapType(DataTypes.StringType, DataTypes.DoubleType, true), summary.apply("meanScores").dataType());
        assertEquals(DataTypes.createArrayType(DataTypes.createStructType(List.of(
                DataTypes.createStructField("signal", DataTypes.StringType, false),
                DataTypes.createStructField("articles", DataTypes.LongType, false))), false),
                summary.apply("topSignals").dataType());
    }

    @Test
    void aScoreThatCouldNotJudgeIsWrittenAsNullAndReadBackAsNaN() {
        Row row = SparkRows.toRow(ROW);
        Map<String, Object> signals = row.getJavaMap(row.fieldIndex("signalScores"));
        assertTrue(signals.containsKey("hedging"));
        assertNull(signals.get("hedging"));
        assertEquals(0.5, signals.get("sourcing"));
        assertEquals(List.of("sourcing"), row.getList(row.fieldIndex("signalsFired")));
        assertEquals("f:1", row.getString(row.fieldIndex("origin")));
        assertEquals(ROW, SparkRows.fromRow(row));
    }

    @Test
    void nullColumnsReadAsTheCoreReadsThem() {
        Object[] values = new Object[SparkRows.ROW_SCHEMA.size()];
        values[SparkRows.ROW_SCHEMA.fieldIndex("origin")] = "f:2";
        SummaryRow r = SparkRows.fromRow(new GenericRowWithSchema(values, SparkRows.ROW_SCHEMA));
        assertEquals("f:2", r.origin());
        assertEquals("", r.id());
        assertEquals(Map.of(), r.scores());
        assertEquals(List.of(), r.signalsFired());
        assertEquals(0, r.words());
    }

    @Test
    void aRowWithoutAColumnFailsNamingIt() {
        StructType partial = DataTypes.createStructType(List.of(DataTypes.createStructField("id", DataTypes.StringType, true)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SparkRows.fromRow(new GenericRowWithSchema(new Object[] {"a"}, partial)));
        assertTrue(e.getMessage().contains("no column 'origin'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SparkRows.fromRow(RowFactory.create("a")));
    }
}
