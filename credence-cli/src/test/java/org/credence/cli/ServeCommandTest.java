package org.credence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code credence serve} and {@code credence bench-server} through the command line, in process. */
class ServeCommandTest {

    @Test
    void servesUntilInterrupted(@TempDir Path dir) throws Exception {
        Path token = dir.resolve("token");
        Files.writeString(token, "tok-123\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        AtomicInteger code = new AtomicInteger(-1);
        Thread t = new Thread(() -> code.set(cl.execute("serve", "--port", "0", "--token-file", token.toString())));
        t.start();
        Pattern p = Pattern.compile("serving (http://127\\.0\\.0\\.1:\\d+)/");
        Matcher m = p.matcher("");
        long end = System.nanoTime() + 60_000_000_000L;
        while (!(m = p.matcher(out.toString())).find()) {
            assertTrue(t.isAlive(), "serve ended: " + err);
            assertTrue(System.nanoTime() < end, "no 'serving' line within 60 s: " + out + err);
            Thread.sleep(50);
        }
        URI base = URI.create(m.group(1));
        assertTrue(out.toString().contains("token on"), out.toString());
        HttpClient client = HttpClient.newHttpClient();
        assertEquals(200, client.send(HttpRequest.newBuilder(base.resolve("/v1/health")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
        HttpResponse<String> analyze = client.send(HttpRequest.newBuilder(base.resolve("/v1/analyze"))
                .header("Authorization", "Bearer tok-123").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("The council met on Tuesday, officials said.")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, analyze.statusCode(), analyze.body());
        t.interrupt();
        t.join(20_000);
        assertFalse(t.isAlive(), "serve did not stop");
        assertEquals(0, code.get(), err.toString());
    }

    @Test
    void badServeOptions(@TempDir Path dir) throws Exception {
        assertEquals(2, CliTest.run("serve", "--port", "70000").code());
        assertEquals(2, CliTest.run("serve", "--timeout", "0").code());
        assertEquals(2, CliTest.run("serve", "--cors-origin", "*").code());
        CliTest.Run missing = CliTest.run("serve", "--token-file", dir.resolve("nope").toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("token file"), missing.err());
        Path empty = Files.writeString(dir.resolve("empty"), "\n");
        assertEquals(1, CliTest.run("serve", "--token-file", empty.toString()).code());
    }

    @Test
    void benchServerPrintsFiguresForEachClientCount() {
        CliTest.Run r = CliTest.run("bench-server", "--clients", "1,2", "--requests", "6", "--warmup", "2", "--soak", "8");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().matches("(?s).*\\n1 +6 .*\\n2 +6 .*"), r.out());
        assertTrue(r.out().contains("heap after full GC"), r.out());
        assertTrue(r.out().contains("long run at 2 clients"), r.out());
        assertEquals(2, CliTest.run("bench-server", "--clients", "0").code());
    }
}
