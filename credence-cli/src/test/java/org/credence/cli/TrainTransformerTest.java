package org.credence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code credence train propaganda-transformer}: the launcher's contract (where it looks for the
 * script, what it passes, which exit code it returns) and the real script's checks that run
 * before any PyTorch work (options, data folder, help).
 */
class TrainTransformerTest {

    /** The real script, seen from this module's folder (tests run there). */
    private static final Path REAL = Path.of("..").resolve(TrainTransformer.SCRIPT);

    @Test
    void withoutACheckoutItSaysWhereItLookedAndHowToNameOne(@TempDir Path dir) {
        CliTest.Run r = CliTest.run("train", "propaganda-transformer", "--source", dir.toString());
        assertEquals(Main.BAD_INPUT, r.code());
        assertTrue(r.err().contains("no " + TrainTransformer.SCRIPT + " under " + dir.toAbsolutePath()), r.err());
        assertTrue(r.err().contains("--source"), r.err());
    }

    @Test
    void aNegativeLimitIsAUsageError(@TempDir Path dir) throws IOException {
        script(dir, "exit 0\n");
        CliTest.Run r = CliTest.run("train", "propaganda-transformer", "--source", dir.toString(), "--limit", "-1");
        assertEquals(Main.USAGE, r.code());
        assertTrue(r.err().contains("--limit"), r.err());
    }

    @Test
    void theScriptGetsAbsolutePathsAndItsExitCodeIsTheCommands(@TempDir Path dir) throws IOException {
        Path args = dir.resolve("args.txt");
        script(dir, "printf '%s\\n' \"$@\" > '" + args + "'\nexit 3\n");
        CliTest.Run r = CliTest.run("train", "propaganda-transformer", "--source", dir.toString(),
                "--data", "some/data", "--out", "m.onnx", "--work", "w", "--limit", "2");
        assertEquals(3, r.code(), r.err());
        List<String> got = Files.readAllLines(args, StandardCharsets.UTF_8);
        assertEquals(List.of("--data", Path.of("some/data").toAbsolutePath().toString(),
                "--out", Path.of("m.onnx").toAbsolutePath().toString(),
                "--work", Path.of("w").toAbsolutePath().toString(), "--limit", "2"), got);
    }

    @Test
    void withoutWorkOrLimitTheScriptsDefaultsHold(@TempDir Path dir) throws IOException {
        Path args = dir.resolve("args.txt");
        script(dir, "printf '%s\\n' \"$@\" > '" + args + "'\n");
        CliTest.Run r = CliTest.run("train", "propaganda-transformer", "--source", dir.toString());
        assertEquals(0, r.code(), r.err());
        List<String> got = Files.readAllLines(args, StandardCharsets.UTF_8);
        assertEquals(List.of("--data", Path.of("../shared/data").toAbsolutePath().toString(),
                "--out", Path.of("propaganda-bge-small-q.onnx").toAbsolutePath().toString()), got);
    }

    @Test
    void theRealScriptRefusesAnUnknownOption() throws Exception {
        Result r = runReal("--bogus");
        assertEquals(2, r.code());
        assertTrue(r.output().contains("unknown option: --bogus"), r.output());
    }

    @Test
    void theRealScriptChecksTheDataFolderFirst(@TempDir Path dir) throws Exception {
        Result r = runReal("--data", dir.toString(), "--work", dir.resolve("w").toString());
        assertEquals(1, r.code());
        assertTrue(r.output().contains("no PTC data under " + dir.toRealPath()), r.output());
    }

    @Test
    void theRealScriptsHelpNamesItsOptions() throws Exception {
        Result r = runReal("--help");
        assertEquals(0, r.code());
        for (String option : List.of("--data", "--work", "--out", "--limit")) {
            assertTrue(r.output().contains(option), r.output());
        }
    }

    private record Result(int code, String output) {
    }

    private static Result runReal(String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of("bash", REAL.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(p.waitFor(), out);
    }

    private static void script(Path checkout, String body) throws IOException {
        Path s = checkout.resolve(TrainTransformer.SCRIPT);
        Files.createDirectories(s.getParent());
        Files.writeString(s, "#!/usr/bin/env bash\n" + body);
    }
}
