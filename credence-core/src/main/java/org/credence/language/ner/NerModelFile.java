package org.credence.language.ner;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Reads and writes {@link NerModel} files in the format described there (version
 * {@link NerModel#FORMAT}; format 1 files still read). Reading rebuilds a two-stage chain over
 * the same features as stages that share one quantised weight array.
 */
final class NerModelFile {

    private static final String MAGIC = "CREDNER";
    private static final ObjectMapper JSON = new ObjectMapper();

    private NerModelFile() {
    }

    /** Reads a model (gzip); the stream is not closed. */
    static NerModel read(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16));
        byte[] magic = new byte[MAGIC.length()];
        in.readFully(magic);
        if (!MAGIC.equals(new String(magic, java.nio.charset.StandardCharsets.US_ASCII))) {
            throw new IOException("not a Credence NER model");
        }
        return assemble(readBody(in));
    }

    /** One stage as stored: its quantised weights one row of tags per bucket. */
    private record Body(Map<String, Object> prov, List<String> tags, int bits, float[] trans, Gazetteer gaz,
                        WordClusters clusters, float scale, short[] q, Body first) {
    }

    private static Body readBody(DataInputStream in) throws IOException {
        int format = in.readInt();
        if (format != 1 && format != NerModel.FORMAT) {
            throw new IOException("NER model format " + format + ", this version reads " + NerModel.FORMAT);
        }
        Map<String, Object> prov = JSON.readValue(in.readUTF(), new TypeReference<LinkedHashMap<String, Object>>() { });
        int nt = in.readInt();
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < nt; i++) {
            tags.add(in.readUTF());
        }
        int bits = in.readInt();
        float[] trans = new float[(nt + 1) * nt];
        for (int i = 0; i < trans.length; i++) {
            trans[i] = in.readFloat();
        }
        Gazetteer gaz = Gazetteer.read(in);
        WordClusters clusters = in.readBoolean() ? WordClusters.read(in) : null;
        float scale = in.readFloat();
        int count = in.readInt();
        short[] q = new short[(1 << bits) * nt];
        long idx = -1;
        for (int i = 0; i < count; i++) {
            idx += Varints.readLong(in);
            q[(int) idx] = in.readShort();
        }
        Body first = null;
        if (format >= 2 && in.readBoolean()) {
            first = readBody(in);
        }
        return new Body(prov, tags, bits, trans, gaz, clusters, scale, q, first);
    }

    /** The model of a stored stage chain; a two-stage chain over the same features shares one weight array. */
    private static NerModel assemble(Body b) {
        int t = b.tags.size();
        Body f = b.first;
        if (f != null && f.first == null && f.bits == b.bits && f.tags.equals(b.tags) && f.gaz.equals(b.gaz)
                && java.util.Objects.equals(f.clusters, b.clusters)) {
            int buckets = 1 << b.bits;
            short[] p = new short[buckets * 2 * t];
            for (int k = 0; k < buckets; k++) {
                System.arraycopy(f.q, k * t, p, k * 2 * t, t);
                System.arraycopy(b.q, k * t, p, k * 2 * t + t, t);
            }
            NerModel one = new NerModel(f.tags, f.bits, null, p, 2 * t, 0, f.scale, f.trans, b.gaz, b.clusters,
                    f.prov, null);
            return new NerModel(b.tags, b.bits, null, p, 2 * t, t, b.scale, b.trans, b.gaz, b.clusters, b.prov, one);
        }
        NerModel one = f == null ? null : assemble(f);
        return new NerModel(b.tags, b.bits, null, b.q, t, 0, b.scale, b.trans, b.gaz, b.clusters, b.prov, one);
    }

    /** Writes a model (gzip); the stream is not closed. */
    static void write(NerModel m, OutputStream raw) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(raw, 1 << 16);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(gz, 1 << 16));
        out.writeBytes(MAGIC);
        writeBody(m, out);
        out.flush();
        gz.finish();
    }

    private static void writeBody(NerModel m, DataOutputStream out) throws IOException {
        out.writeInt(NerModel.FORMAT);
        out.writeUTF(JSON.writeValueAsString(m.provenance()));
        out.writeInt(m.tags().size());
        for (String t : m.tags()) {
            out.writeUTF(t);
        }
        out.writeInt(m.bits());
        for (float f : m.transitionsForTraining()) {
            out.writeFloat(f);
        }
        m.gazetteer().write(out);
        out.writeBoolean(m.clusters() != null);
        if (m.clusters() != null) {
            m.clusters().write(out);
        }
        short[] q = m.quantised();
        float scale = m.quantisedScale();
        int count = 0;
        for (short v : q) {
            if (v != 0) {
                count++;
            }
        }
        out.writeFloat(scale);
        out.writeInt(count);
        long prev = -1;
        for (int i = 0; i < q.length; i++) {
            if (q[i] != 0) {
                Varints.writeLong(out, i - prev);
                out.writeShort(q[i]);
                prev = i;
            }
        }
        out.writeBoolean(m.first() != null);
        if (m.first() != null) {
            writeBody(m.first(), out);
        }
    }
}
