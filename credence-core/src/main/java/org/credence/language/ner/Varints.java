package org.credence.language.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/** Unsigned LEB128 variable-length integers for the model file. */
final class Varints {

    private Varints() {
    }

    static void writeLong(DataOutputStream out, long v) throws IOException {
        while ((v & ~0x7FL) != 0) {
            out.writeByte((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.writeByte((int) v);
    }

    static long readLong(DataInputStream in) throws IOException {
        long v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = in.readUnsignedByte();
            v |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
        throw new IOException("varint too long");
    }

    static void writeInt(DataOutputStream out, int v) throws IOException {
        writeLong(out, v & 0xFFFFFFFFL);
    }

    static int readInt(DataInputStream in) throws IOException {
        return (int) readLong(in);
    }
}
