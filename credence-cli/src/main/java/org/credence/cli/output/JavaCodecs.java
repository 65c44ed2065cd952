package org.credence.cli.output;

import io.airlift.compress.Compressor;
import io.airlift.compress.Decompressor;
import io.airlift.compress.MalformedInputException;
import io.airlift.compress.snappy.SnappyCompressor;
import io.airlift.compress.snappy.SnappyDecompressor;
import io.airlift.compress.zstd.ZstdCompressor;
import io.airlift.compress.zstd.ZstdDecompressor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * Parquet page codecs in plain Java: parquet-java's own codec factory goes through Hadoop's codec
 * classes (and native Snappy / ZSTD libraries), which Credence does not ship. GZIP uses the JDK;
 * SNAPPY (Spark's default) and ZSTD use aircompressor's pure-Java implementations; uncompressed
 * pages pass through. Any other codec (LZO, Brotli, LZ4) is refused with a message naming it.
 */
final class JavaCodecs implements CompressionCodecFactory {

    @Override
    public BytesInputCompressor getCompressor(CompressionCodecName codec) {
        Supplier<Compressor> block = switch (check(codec)) {
            case SNAPPY -> SnappyCompressor::new;
            case ZSTD -> ZstdCompressor::new;
            default -> null;
        };
        return new BytesInputCompressor() {
            @Override
            public BytesInput compress(BytesInput bytes) throws IOException {
                if (codec == CompressionCodecName.UNCOMPRESSED) {
                    return bytes;
                }
                byte[] in = bytes.toByteArray();
                if (block != null) {
                    Compressor c = block.get();
                    byte[] out = new byte[c.maxCompressedLength(in.length)];
                    int n = c.compress(in, 0, in.length, out, 0, out.length);
                    return BytesInput.from(Arrays.copyOf(out, n));
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream(in.length / 3 + 64);
                try (GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 14)) {
                    gz.write(in);
                }
                return BytesInput.from(out.toByteArray());
            }

            @Override
            public CompressionCodecName getCodecName() {
                return codec;
            }

            @Override
            public void release() {
                // nothing pooled
            }
        };
    }

    @Override
    public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
        Supplier<Decompressor> block = switch (check(codec)) {
            case SNAPPY -> SnappyDecompressor::new;
            case ZSTD -> ZstdDecompressor::new;
            default -> null;
        };
        return new BytesInputDecompressor() {
            @Override
            public BytesInput decompress(BytesInput bytes, int uncompressedSize) throws IOException {
                if (codec == CompressionCodecName.UNCOMPRESSED) {
                    return bytes;
                }
                byte[] out;
                if (block != null) {
                    byte[] in = bytes.toByteArray();
                    out = new byte[uncompressedSize];
                    int n;
                    try {
                        n = block.get().decompress(in, 0, in.length, out, 0, out.length);
                    } catch (MalformedInputException e) {
                        throw new IOException("broken " + codec + " page: " + e.getMessage(), e);
                    }
                    if (n != uncompressedSize) {
                        throw new IOException(codec + " page holds " + n + " bytes, expected " + uncompressedSize);
                    }
                } else {
                    try (InputStream in = new GZIPInputStream(bytes.toInputStream(), 1 << 14)) {
                        out = in.readNBytes(uncompressedSize);
                    }
                    if (out.length != uncompressedSize) {
                        throw new IOException("gzip page holds " + out.length + " bytes, expected " + uncompressedSize);
                    }
                }
                return BytesInput.from(out);
            }

            @Override
            public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output, int uncompressedSize)
                    throws IOException {
                byte[] in = new byte[compressedSize];
                input.get(in);
                output.put(decompress(BytesInput.from(in), uncompressedSize).toByteArray());
            }

            @Override
            public void release() {
                // nothing pooled
            }
        };
    }

    @Override
    public void release() {
        // nothing pooled
    }

    private static CompressionCodecName check(CompressionCodecName codec) {
        return switch (codec) {
            case GZIP, SNAPPY, ZSTD, UNCOMPRESSED -> codec;
            default -> throw new IllegalArgumentException("Parquet codec " + codec + " is not supported here "
                    + "(gzip, snappy, zstd and uncompressed pages are)");
        };
    }
}
