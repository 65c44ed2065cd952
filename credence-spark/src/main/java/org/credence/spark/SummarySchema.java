package org.credence.spark;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.credence.report.SummaryRow;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The Spark columns of the job's output: one column per component of {@link SummaryRow}, in
 * its order and under its name. {@code String} → string, {@code int} → int,
 * {@code Map<String, Double>} → map&lt;string,double&gt; (a {@code NaN} score is written as
 * null), {@code Map<String, String>} → map&lt;string,string&gt;, {@code List<String>} →
 * array&lt;string&gt;. This is the only place that knows the mapping: the job writes rows with
 * {@link #toRow} and tests read them back with {@link #fromRow}, so a field added to
 * {@code SummaryRow} becomes a column without further changes (and a type not listed above
 * fails at class load, naming the field).
 */
public final class SummarySchema {

    private static final RecordComponent[] COMPONENTS = SummaryRow.class.getRecordComponents();

    /** The output schema. */
    public static final StructType SCHEMA = schema();

    private static final Constructor<SummaryRow> CONSTRUCTOR = constructor();

    private SummarySchema() {
    }

    private static StructType schema() {
        List<StructField> fields = new ArrayList<>();
        for (RecordComponent c : COMPONENTS) {
            fields.add(DataTypes.createStructField(c.getName(), typeOf(c), c.getType() != int.class));
        }
        return DataTypes.createStructType(fields);
    }

    /** The column type of one component. */
    static DataType typeOf(RecordComponent c) {
        Type t = c.getGenericType();
        if (t == String.class) {
            return DataTypes.StringType;
        }
        if (t == int.class) {
            return DataTypes.IntegerType;
        }
        if (t instanceof ParameterizedType p) {
            Type[] args = p.getActualTypeArguments();
            if (p.getRawType() == List.class && args[0] == String.class) {
                return DataTypes.createArrayType(DataTypes.StringType, false);
            }
            if (p.getRawType() == Map.class && args[0] == String.class && args[1] == Double.class) {
                return DataTypes.createMapType(DataTypes.StringType, DataTypes.DoubleType, true);
            }
            if (p.getRawType() == Map.class && args[0] == String.class && args[1] == String.class) {
                return DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, false);
            }
        }
        throw new IllegalStateException("SummaryRow." + c.getName() + " has type " + t
                + ", which has no Spark column type in SummarySchema");
    }

    private static Constructor<SummaryRow> constructor() {
        Class<?>[] types = new Class<?>[COMPONENTS.length];
        for (int i = 0; i < COMPONENTS.length; i++) {
            types[i] = COMPONENTS[i].getType();
        }
        try {
            return SummaryRow.class.getDeclaredConstructor(types);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("SummaryRow has no canonical constructor", e);
        }
    }

    /** The Spark row of one summary row. */
    public static Row toRow(SummaryRow row) {
        Object[] values = new Object[COMPONENTS.length];
        for (int i = 0; i < COMPONENTS.length; i++) {
            values[i] = toColumn(read(COMPONENTS[i], row));
        }
        return RowFactory.create(values);
    }

    private static Object toColumn(Object v) {
        if (v instanceof List<?> list) {
            return list.toArray(new String[0]);
        }
        if (v instanceof Map<?, ?> map) {
            Map<Object, Object> m = new LinkedHashMap<>();
            map.forEach((k, x) -> m.put(k, x instanceof Double d && d.isNaN() ? null : x));
            return CollectionConverters.asScala(m);
        }
        return v;
    }

    /** The summary row of one Spark row of this schema (null map values read back as {@code NaN}). */
    public static SummaryRow fromRow(Row row) {
        Object[] args = new Object[COMPONENTS.length];
        for (int i = 0; i < COMPONENTS.length; i++) {
            RecordComponent c = COMPONENTS[i];
            int at = row.fieldIndex(c.getName());
            DataType type = SCHEMA.fields()[i].dataType();
            if (type == DataTypes.IntegerType) {
                args[i] = row.getInt(at);
            } else if (type == DataTypes.StringType) {
                args[i] = row.isNullAt(at) ? "" : row.getString(at);
            } else if (row.isNullAt(at)) {
                args[i] = type instanceof org.apache.spark.sql.types.MapType ? Map.of() : List.of();
            } else if (type instanceof org.apache.spark.sql.types.MapType mt) {
                Map<String, Object> m = new TreeMap<>();
                row.<String, Object>getJavaMap(at).forEach((k, x) ->
                        m.put(k, x == null && mt.valueType() == DataTypes.DoubleType ? Double.NaN : x));
                args[i] = m;
            } else {
                args[i] = List.copyOf(row.<String>getList(at));
            }
        }
        try {
            return CONSTRUCTOR.newInstance(args);
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalArgumentException("row does not fit SummaryRow: " + row, e);
        }
    }

    private static Object read(RecordComponent c, SummaryRow row) {
        try {
            return c.getAccessor().invoke(row);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read SummaryRow." + c.getName(), e);
        }
    }
}
