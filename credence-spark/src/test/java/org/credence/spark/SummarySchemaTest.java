package org.credence.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.credence.report.SummaryRow;
import org.junit.jupiter.api.Test;

class SummarySchemaTest {

    @Test
    void everySummaryRowFieldIsAColumnOfItsTypeInItsOrder() {
        RecordComponent[] components = SummaryRow.class.getRecordComponents();
        StructField[] fields = SummarySchema.SCHEMA.fields();
        assertEquals(components.length, fields.length);
        for (int i = 0; i < fields.length; i++) {
            assertEquals(components[i].getName(), fields[i].name());
        }
        assertEquals(DataTypes.StringType, SummarySchema.SCHEMA.apply("errorCode").dataType());
        assertEquals(DataTypes.IntegerType, SummarySchema.SCHEMA.apply("words").dataType());
        assertEquals(DataTypes.createMapType(DataTypes.StringType, DataTypes.DoubleType, true),
                SummarySchema.SCHEMA.apply("signalScores").dataType());
        assertEquals(DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, false),
                SummarySchema.SCHEMA.apply("bands").dataType());
        assertEquals(DataTypes.createArrayType(DataTypes.StringType, false), SummarySchema.SCHEMA.apply("signalsFired").dataType());
    }

    @Test
    void aScoreThatCouldNotJudgeIsWrittenAsNull() {
        SummaryRow r = new SummaryRow("a", "f:1", "", "", "ok", "", "", "H", Map.of("s", 0.25), Map.of("s", "low"), List.of("s: why"),
                Map.of("hedging", Double.NaN, "sourcing", 0.5), List.of("sourcing"), 10, 2, 1, 0, 0, 0);
        Row row = SummarySchema.toRow(r);
        @SuppressWarnings("unchecked")
        Map<String, Object> signals = scala.jdk.javaapi.CollectionConverters.asJava(
                (scala.collection.Map<String, Object>) row.get(SummarySchema.SCHEMA.fieldIndex("signalScores")));
        assertTrue(signals.containsKey("hedging"));
        assertNull(signals.get("hedging"));
        assertEquals(0.5, signals.get("sourcing"));
        assertTrue(row.get(SummarySchema.SCHEMA.fieldIndex("signalsFired")) instanceof String[]);
        assertEquals("f:1", row.getString(SummarySchema.SCHEMA.fieldIndex("origin")));
    }

    /** A row type with a field the schema has no column type for. */
    private record Odd(String id, long count) {
    }

    @Test
    void aFieldOfAnUnmappedTypeFailsNamingIt() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> SummarySchema.typeOf(Odd.class.getRecordComponents()[1]));
        assertTrue(e.getMessage().contains("SummaryRow.count has type long"), e.getMessage());
    }
}
