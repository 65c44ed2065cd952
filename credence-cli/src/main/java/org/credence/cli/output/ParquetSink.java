package org.credence.cli.output;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.credence.Analysis;
import org.credence.report.SummaryRow;

/**
 * Parquet output that survives a kill. A Parquet file is readable only once its footer is
 * written, so rows go to <em>parts</em>: while a run is going, every {@code checkpoint} rows
 * become one finished file in {@code OUT.parts/}. A part is committed in three steps: its rows are
 * written and closed as {@code part-NNNNN.parquet.tmp}, the origins of its rows are written as
 * {@code part-NNNNN.origins} (one a line), and the Parquet file is renamed to
 * {@code part-NNNNN.parquet}: that rename is the commit. When the run ends, the parts are copied
 * row by row into {@code OUT.tmp}, renamed to {@code OUT}, and the parts folder is deleted.
 *
 * <p>{@link #recover()} after a kill: stray {@code .tmp} files and origins without their part are
 * deleted; the committed parts, in order, are the rows written (their origins files say which).
 * If {@code OUT} exists beside the parts folder, the run was killed after renaming the merged file
 * but before deleting the parts, and the parts (which hold the same rows) are kept. If only
 * {@code OUT} exists (a finished run), it becomes part 0 and the run goes on from there. At most
 * {@code checkpoint} rows are analysed again after a kill; none is written twice.
 */
public final class ParquetSink implements RecordSink {

    /** Rows per part unless told otherwise. */
    public static final int DEFAULT_CHECKPOINT = 1_000;

    private final Path path;
    private final Path parts;
    private final boolean resume;
    private final int checkpoint;
    private int nextPart;
    private ParquetRows.Writer current;
    private Path currentTmp;
    private final List<String> currentOrigins = new ArrayList<>();
    private boolean recovered;

    public ParquetSink(Path path, boolean resume, int checkpoint) {
        if (checkpoint < 1) {
            throw new IllegalArgumentException("checkpoint must be at least 1 row, got " + checkpoint);
        }
        this.path = path.toAbsolutePath();
        this.parts = this.path.resolveSibling(this.path.getFileName() + ".parts");
        this.resume = resume;
        this.checkpoint = checkpoint;
    }

    /** The folder of parts of an output path. */
    public static Path partsOf(Path output) {
        Path p = output.toAbsolutePath();
        return p.resolveSibling(p.getFileName() + ".parts");
    }

    @Override
    public List<String> recover() throws IOException {
        recovered = true;
        Files.deleteIfExists(tmpOf(path));
        if (!resume) {
            deleteParts();
            Files.deleteIfExists(path);
            Files.createDirectories(parts);
            return List.of();
        }
        if (Files.isDirectory(parts)) {
            Files.deleteIfExists(path); // merged before a kill: the parts hold the same rows
        } else {
            Files.createDirectories(parts);
            if (Files.exists(path)) {
                List<String> origins = new ArrayList<>();
                ParquetRows.read(path, r -> origins.add(r.origin()));
                writeOrigins(originsOf(0), origins);
                Files.move(path, partFile(0), StandardCopyOption.ATOMIC_MOVE);
            }
        }
        List<String> origins = new ArrayList<>();
        for (Path f : list()) {
            String name = f.getFileName().toString();
            if (name.endsWith(".tmp")) {
                Files.delete(f);
            } else if (name.endsWith(".origins") && !Files.exists(f.resolveSibling(name.replace(".origins", ".parquet")))) {
                Files.delete(f);
            }
        }
        for (Path f : list()) {
            String name = f.getFileName().toString();
            if (name.endsWith(".parquet")) {
                int n = partNumber(name);
                if (n != nextPart) {
                    throw new IOException("cannot resume: " + parts + " lacks part " + nextPart + " (found " + name + ")");
                }
                Path o = originsOf(n);
                if (!Files.exists(o)) {
                    throw new IOException("cannot resume: " + o + " is missing");
                }
                origins.addAll(Files.readAllLines(o, StandardCharsets.UTF_8));
                nextPart++;
            }
        }
        return origins;
    }

    @Override
    public void write(Analysis analysis) throws IOException {
        if (!recovered) {
            recover();
        }
        if (current == null) {
            currentTmp = tmpOf(partFile(nextPart));
            current = ParquetRows.writer(currentTmp);
            currentOrigins.clear();
        }
        SummaryRow row = SummaryRow.of(analysis);
        current.write(row);
        currentOrigins.add(row.origin());
        if (currentOrigins.size() >= checkpoint) {
            commit();
        }
    }

    /** Finishes the open part: Parquet file closed, origins written, then the rename that commits it. */
    private void commit() throws IOException {
        current.close();
        current = null;
        force(currentTmp);
        writeOrigins(originsOf(nextPart), currentOrigins);
        Files.move(currentTmp, partFile(nextPart), StandardCopyOption.ATOMIC_MOVE);
        force(parts);
        nextPart++;
        currentOrigins.clear();
    }

    /** Commits the last part, merges all parts into the output file and removes the parts. */
    @Override
    public void close() throws IOException {
        if (!recovered) {
            recover();
        }
        if (current != null) {
            commit();
        }
        Path tmp = tmpOf(path);
        try (ParquetRows.Writer out = ParquetRows.writer(tmp)) {
            for (int n = 0; n < nextPart; n++) {
                ParquetRows.read(partFile(n), row -> {
                    try {
                        out.write(row);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
            }
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        force(tmp);
        Files.move(tmp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        deleteParts();
    }

    private List<Path> list() throws IOException {
        try (Stream<Path> s = Files.list(parts)) {
            return s.sorted().toList();
        }
    }

    private void deleteParts() throws IOException {
        if (Files.isDirectory(parts)) {
            for (Path f : list()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(parts);
        }
    }

    private void writeOrigins(Path file, List<String> origins) throws IOException {
        Path tmp = tmpOf(file);
        Files.write(tmp, origins, StandardCharsets.UTF_8);
        force(tmp);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private Path partFile(int n) {
        return parts.resolve(String.format(Locale.ROOT, "part-%05d.parquet", n));
    }

    private Path originsOf(int n) {
        return parts.resolve(String.format(Locale.ROOT, "part-%05d.origins", n));
    }

    private static Path tmpOf(Path p) {
        return p.resolveSibling(p.getFileName() + ".tmp");
    }

    private static int partNumber(String name) throws IOException {
        try {
            return Integer.parseInt(name.substring("part-".length(), name.indexOf('.')));
        } catch (RuntimeException e) {
            throw new IOException("cannot resume: unexpected file " + name + " among the parts", e);
        }
    }

    /** Flushes a file (or folder entry) to the disk, so a commit survives a crash of the machine too. */
    private static void force(Path p) throws IOException {
        try (FileChannel ch = FileChannel.open(p, Files.isDirectory(p) ? StandardOpenOption.READ : StandardOpenOption.WRITE)) {
            ch.force(true);
        } catch (NoSuchFileException e) {
            throw e;
        } catch (IOException e) {
            // some file systems cannot sync a folder; the rename is still atomic
        }
    }
}
