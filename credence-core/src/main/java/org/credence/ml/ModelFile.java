package org.credence.ml;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The file format of a shipped {@link LinearModel}: gzip of a magic line, the provenance (a
 * JSON text: data, parameters, metrics, as written by {@code credence train}), the labels, the
 * biases and, per class, only the non-zero weights (gap-coded indexes, float values).
 *
 * @param model      the weights
 * @param provenance JSON text saying how the model was made
 */
public record ModelFile(LinearModel model, String provenance) {

    private static final String MAGIC = "credence-linear-model/1";

    /** Writes the model to {@code path}, creating parent folders. */
    public void write(Path path) throws IOException {
        if (path.getParent() != null) {
            Files.createDirectories(path.getParent());
        }
        try (OutputStream os = Files.newOutputStream(path)) {
            write(os);
        }
    }

    public void write(OutputStream os) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(os);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(gz, 1 << 16));
        out.writeUTF(MAGIC);
        byte[] prov = provenance.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(prov.length);
        out.write(prov);
        out.writeInt(model.classes());
        for (String l : model.labels()) {
            out.writeUTF(l);
        }
        out.writeInt(model.dimension());
        for (int c = 0; c < model.classes(); c++) {
            out.writeFloat(model.bias()[c]);
            float[] w = model.weights()[c];
            int nz = 0;
            for (float v : w) {
                if (v != 0) {
                    nz++;
                }
            }
            out.writeInt(nz);
            int last = -1;
            for (int i = 0; i < w.length; i++) {
                if (w[i] != 0) {
                    writeVarint(out, i - last);
                    out.writeFloat(w[i]);
                    last = i;
                }
            }
        }
        out.flush();
        gz.finish();
    }

    /** Reads a model file. */
    public static ModelFile read(InputStream is) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(is), 1 << 16));
        String magic = in.readUTF();
        if (!MAGIC.equals(magic)) {
            throw new IOException("not a Credence linear model (" + magic + ")");
        }
        byte[] prov = new byte[in.readInt()];
        in.readFully(prov);
        int k = in.readInt();
        List<String> labels = new ArrayList<>(k);
        for (int c = 0; c < k; c++) {
            labels.add(in.readUTF());
        }
        int dim = in.readInt();
        float[][] w = new float[k][dim];
        float[] b = new float[k];
        for (int c = 0; c < k; c++) {
            b[c] = in.readFloat();
            int nz = in.readInt();
            int i = -1;
            for (int n = 0; n < nz; n++) {
                i += readVarint(in);
                w[c][i] = in.readFloat();
            }
        }
        return new ModelFile(new LinearModel(labels, w, b), new String(prov, java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Reads a model shipped as a class-path resource; a missing or broken one is a bug. */
    public static ModelFile resource(Class<?> anchor, String name) {
        try (InputStream is = anchor.getResourceAsStream(name)) {
            if (is == null) {
                throw new IllegalStateException("model resource missing: " + name);
            }
            return read(is);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model " + name, e);
        }
    }

    private static void writeVarint(DataOutputStream out, int v) throws IOException {
        while ((v & ~0x7F) != 0) {
            out.writeByte((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.writeByte(v);
    }

    private static int readVarint(DataInputStream in) throws IOException {
        int v = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int b = in.readUnsignedByte();
            v |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
        throw new IOException("bad varint");
    }
}
