package org.credence.spark;

import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.to_json;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.AtomicType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.credence.ingest.FieldMapping;
import org.credence.ingest.IngestItem;
import org.credence.ingest.RecordFields;

/**
 * Parquet whose columns are named like the record fields ({@code id}, {@code url},
 * {@code source}, {@code title}, {@code author}, {@code published}, {@code text}, {@code html},
 * {@code label}, or the alternatives and overrides of {@link FieldMapping}), read through the
 * core's {@link RecordFields#fromRow} as JSON and CSV records are. Other columns are ignored.
 * Atomic columns (numbers, dates) are read as their string form, arrays of them joined with
 * {@code ", "} (as JSON arrays are), anything else as JSON.
 *
 * <p>Each record's origin is {@code file#row} with the row's 1-based number in its file. A file
 * with neither a text nor an html column is refused before anything runs.
 */
public final class ParquetInput implements SparkInput {

    private static final long serialVersionUID = 1L;

    private static final String FILE = "__credence_file";
    private static final String ROW = "__credence_row";

    private final HashMap<String, String> fieldOverrides;

    /** @param fieldOverrides record field → column, as {@link FieldMapping#of} takes them */
    public ParquetInput(Map<String, String> fieldOverrides) {
        FieldMapping.of(fieldOverrides);
        this.fieldOverrides = new HashMap<>(fieldOverrides);
    }

    @Override
    public JavaRDD<IngestItem> read(SparkSession spark, String path, int partitions) {
        Dataset<Row> df = spark.read().parquet(path);
        FieldMapping mapping = FieldMapping.of(fieldOverrides);
        Set<String> wanted = new LinkedHashSet<>();
        for (String field : FieldMapping.FIELDS) {
            wanted.addAll(mapping.namesFor(field));
        }
        List<Column> select = new ArrayList<>();
        select.add(col("_metadata.file_path").as(FILE));
        select.add(col("_metadata.row_index").as(ROW));
        List<String> present = new ArrayList<>();
        for (StructField f : df.schema().fields()) {
            if (wanted.contains(f.name())) {
                present.add(f.name());
                select.add(asString(f).as(f.name()));
            }
        }
        if (present.stream().noneMatch(n -> mapping.namesFor("text").contains(n) || mapping.namesFor("html").contains(n))) {
            throw new IllegalArgumentException("Parquet input " + path + " has no text or html column (looked for "
                    + String.join(", ", mapping.namesFor("text")) + ", " + String.join(", ", mapping.namesFor("html"))
                    + "; found " + String.join(", ", df.columns()) + "); map one with --field text=COLUMN");
        }
        Dataset<Row> rows = df.select(select.toArray(new Column[0]));
        if (partitions > 0) {
            rows = rows.repartition(partitions);
        }
        Map<String, String> overrides = fieldOverrides;
        return rows.toJavaRDD().mapPartitions(it -> {
            FieldMapping m = FieldMapping.of(overrides);
            return Iterators.map(it, r -> {
                Map<String, String> values = new HashMap<>();
                for (String name : present) {
                    values.put(name, r.getAs(name));
                }
                String file = JsonLinesInput.fileName(filePath(r.getAs(FILE)));
                return RecordFields.fromRow(values, m, file + "#" + (r.<Long>getAs(ROW) + 1));
            });
        });
    }

    /** The path of {@code _metadata.file_path}, which Spark gives URL-encoded. */
    private static Path filePath(String encoded) {
        try {
            return new Path(URI.create(encoded));
        } catch (IllegalArgumentException e) {
            return new Path(encoded);
        }
    }

    private static Column asString(StructField f) {
        if (f.dataType() == DataTypes.StringType) {
            return col(f.name());
        }
        if (f.dataType() instanceof AtomicType) {
            return col(f.name()).cast(DataTypes.StringType);
        }
        if (f.dataType() instanceof ArrayType a && a.elementType() instanceof AtomicType) {
            return array_join(col(f.name()).cast(DataTypes.createArrayType(DataTypes.StringType)), ", ");
        }
        return to_json(col(f.name()));
    }
}
