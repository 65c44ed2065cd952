package org.credence.cli.output;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.bytes.ByteBufferAllocator;
import org.apache.parquet.bytes.HeapByteBufferAllocator;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.crypto.FileDecryptionProperties;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.filter2.compat.FilterCompat;
import org.apache.parquet.format.converter.ParquetMetadataConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetMetricsCallback;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;
import org.credence.report.SummaryRow;
import org.credence.report.SummarySchema;
import org.credence.report.SummarySchema.Column;

/**
 * {@link SummaryRow}s as Parquet, with parquet-java and without Hadoop at run time: local files
 * ({@link LocalOutputFile}, {@link LocalInputFile}), a plain configuration, and gzip pages from
 * the JDK and aircompressor ({@link JavaCodecs}).
 *
 * <p>The schema follows {@link SummarySchema} in the layout Spark writes: every top-level column
 * {@code optional} (Spark writes all columns nullable), maps as
 * {@code group (MAP) { repeated group key_value { required binary key (STRING); <value> } }},
 * lists as {@code group (LIST) { repeated group list { required binary element (STRING); } }};
 * map values that may be NaN are {@code optional double} (null for NaN).
 */
public final class ParquetRows {

    private ParquetRows() {
    }

    /** The Parquet schema of a set of columns, named {@code name}. */
    public static MessageType schema(String name, List<Column> columns) {
        Types.MessageTypeBuilder b = Types.buildMessage();
        for (Column c : columns) {
            b.addField(field(c));
        }
        return b.named(name);
    }

    /** The schema of {@link SummaryRow}s. */
    public static final MessageType ROW_SCHEMA = schema("credence_summary_row", SummarySchema.COLUMNS);

    private static Type field(Column c) {
        return switch (c.type()) {
            case STRING -> Types.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(c.name());
            case INT -> Types.optional(PrimitiveTypeName.INT32).named(c.name());
            case LONG -> Types.optional(PrimitiveTypeName.INT64).named(c.name());
            case DOUBLE_MAP -> map(c.name(), Types.optional(PrimitiveTypeName.DOUBLE).named("value"));
            case STRING_MAP -> map(c.name(), Types.required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("value"));
            case LONG_MAP -> map(c.name(), Types.required(PrimitiveTypeName.INT64).named("value"));
            case STRING_LIST -> Types.optionalGroup().as(LogicalTypeAnnotation.listType())
                    .addField(Types.repeatedGroup().addField(Types.required(PrimitiveTypeName.BINARY)
                            .as(LogicalTypeAnnotation.stringType()).named("element")).named("list"))
                    .named(c.name());
            case SIGNAL_COUNTS -> Types.optionalGroup().as(LogicalTypeAnnotation.listType())
                    .addField(Types.repeatedGroup().addField(Types.requiredGroup()
                            .addField(Types.required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("signal"))
                            .addField(Types.required(PrimitiveTypeName.INT64).named("articles"))
                            .named("element")).named("list"))
                    .named(c.name());
        };
    }

    private static Type map(String name, Type value) {
        return Types.optionalGroup().as(LogicalTypeAnnotation.mapType())
                .addField(Types.repeatedGroup()
                        .addField(Types.required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("key"))
                        .addField(value).named("key_value"))
                .named(name);
    }

    /** A writer of {@link SummaryRow}s to {@code file} (replaced if it exists), gzip pages. */
    public static Writer writer(Path file) throws IOException {
        return new Writer(file, CompressionCodecName.GZIP);
    }

    /** A writer with another page codec (gzip, snappy, zstd or uncompressed). */
    static Writer writer(Path file, CompressionCodecName codec) throws IOException {
        return new Writer(file, codec);
    }

    /** Writes rows to one Parquet file; the file is complete (has its footer) once closed. */
    public static final class Writer implements AutoCloseable {
        private final ParquetWriter<Group> out;
        private final SimpleGroupFactory groups = new SimpleGroupFactory(ROW_SCHEMA);

        private Writer(Path file, CompressionCodecName codec) throws IOException {
            out = ExampleParquetWriter.builder(new LocalOutputFile(file))
                    .withType(ROW_SCHEMA)
                    .withConf(new PlainParquetConfiguration())
                    .withCodecFactory(new JavaCodecs())
                    .withCompressionCodec(codec)
                    .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                    .withExtraMetaData(Map.of("credence.schema", "summary-row/1"))
                    .build();
        }

        public void write(SummaryRow row) throws IOException {
            out.write(group(row));
        }

        private Group group(SummaryRow row) {
            Group g = groups.newGroup();
            List<Object> values = SummarySchema.values(row);
            for (int i = 0; i < values.size(); i++) {
                put(g, SummarySchema.COLUMNS.get(i), values.get(i));
            }
            return g;
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    private static void put(Group g, Column c, Object v) {
        String n = c.name();
        switch (c.type()) {
            case STRING -> g.append(n, (String) v);
            case INT -> g.append(n, ((Number) v).intValue());
            case LONG -> g.append(n, ((Number) v).longValue());
            case DOUBLE_MAP, STRING_MAP, LONG_MAP -> {
                Group m = g.addGroup(n);
                for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
                    Group kv = m.addGroup("key_value").append("key", (String) e.getKey());
                    Object x = e.getValue();
                    if (x instanceof Double d) {
                        kv.append("value", d);
                    } else if (x instanceof Long l) {
                        kv.append("value", l);
                    } else if (x instanceof String s) {
                        kv.append("value", s);
                    }
                }
            }
            case SIGNAL_COUNTS -> throw new IllegalArgumentException("not a column of a summary row: " + n);
            case STRING_LIST -> {
                Group l = g.addGroup(n);
                for (Object x : (List<?>) v) {
                    l.addGroup("list").append("element", (String) x);
                }
            }
        }
    }

    private static Object get(Group g, Column c) {
        String n = c.name();
        if (g.getFieldRepetitionCount(n) == 0) {
            return null;
        }
        return switch (c.type()) {
            case STRING -> g.getString(n, 0);
            case INT -> g.getInteger(n, 0);
            case LONG -> g.getLong(n, 0);
            case DOUBLE_MAP, STRING_MAP, LONG_MAP -> {
                Group m = g.getGroup(n, 0);
                Map<String, Object> out = new LinkedHashMap<>();
                for (int i = 0; i < m.getFieldRepetitionCount("key_value"); i++) {
                    Group kv = m.getGroup("key_value", i);
                    String key = kv.getString("key", 0);
                    Object value = kv.getFieldRepetitionCount("value") == 0 ? null
                            : c.type() == SummarySchema.Type.DOUBLE_MAP ? (Object) kv.getDouble("value", 0)
                            : c.type() == SummarySchema.Type.LONG_MAP ? (Object) kv.getLong("value", 0) : kv.getString("value", 0);
                    out.put(key, value);
                }
                yield out;
            }
            case SIGNAL_COUNTS -> throw new IllegalArgumentException("not a column of a summary row: " + n);
            case STRING_LIST -> {
                Group l = g.getGroup(n, 0);
                List<String> out = new ArrayList<>();
                for (int i = 0; i < l.getFieldRepetitionCount("list"); i++) {
                    out.add(l.getGroup("list", i).getString("element", 0));
                }
                yield out;
            }
        };
    }

    /**
     * Reads every row of a Parquet file with the summary columns, in order. Columns are found by
     * name, so a file written by Spark (other column order) reads the same.
     *
     * @throws IOException when the file cannot be read or lacks a column
     */
    public static void read(Path file, Consumer<SummaryRow> rows) throws IOException {
        try (ParquetFileReader r = new ParquetFileReader(new LocalInputFile(file), readOptions())) {
            MessageType schema = r.getFooter().getFileMetaData().getSchema();
            for (Column c : SummarySchema.COLUMNS) {
                if (!schema.containsField(c.name())) {
                    throw new IOException(file + " is not a Credence summary: it has no column '" + c.name() + "'");
                }
            }
            PageReadStore pages;
            while ((pages = r.readNextRowGroup()) != null) {
                RecordReader<Group> rr = new ColumnIOFactory().getColumnIO(schema)
                        .getRecordReader(pages, new GroupRecordConverter(schema));
                for (long i = 0; i < pages.getRowCount(); i++) {
                    Group g = rr.read();
                    List<Object> values = new ArrayList<>(SummarySchema.COLUMNS.size());
                    for (Column c : SummarySchema.COLUMNS) {
                        values.add(get(g, c));
                    }
                    rows.accept(SummarySchema.row(values));
                }
            }
        } catch (RuntimeException e) {
            throw new IOException("cannot read Parquet file " + file + ": " + e, e);
        }
    }

    /** All rows of a file. */
    public static List<SummaryRow> readAll(Path file) throws IOException {
        List<SummaryRow> rows = new ArrayList<>();
        read(file, rows::add);
        return rows;
    }

    /**
     * Read options without Hadoop. parquet-java's options builder asks Hadoop's input format for
     * the default record filter (none), which would need Hadoop's MapReduce classes on the class
     * path only to learn that; the options are built here with the same defaults instead. Should a
     * later parquet-java change that constructor, the builder is used (it works wherever Hadoop is
     * present, as in Spark).
     */
    static ParquetReadOptions readOptions() {
        ParquetConfiguration conf = new PlainParquetConfiguration();
        try {
            Constructor<ParquetReadOptions> c = ParquetReadOptions.class.getDeclaredConstructor(
                    boolean.class, boolean.class, boolean.class, boolean.class, boolean.class, boolean.class, boolean.class,
                    boolean.class, boolean.class, FilterCompat.Filter.class, ParquetMetadataConverter.MetadataFilter.class,
                    CompressionCodecFactory.class, ByteBufferAllocator.class, int.class, Map.class,
                    FileDecryptionProperties.class, ParquetMetricsCallback.class, ParquetConfiguration.class);
            c.setAccessible(true);
            // unsigned min/max; stats, dictionary, record and column-index filters on; no page checksums;
            // bloom filters on; no off-heap decryption buffer, no vectored I/O: the builder's defaults.
            return c.newInstance(false, true, true, true, true, false, true, false, false, FilterCompat.NOOP,
                    ParquetMetadataConverter.NO_FILTER, new JavaCodecs(), new HeapByteBufferAllocator(), 8 << 20,
                    new HashMap<String, String>(), null, null, conf);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return ParquetReadOptions.builder(conf).withCodecFactory(new JavaCodecs()).build();
        }
    }
}
