package org.credence.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Test helper: a headless Chromium (Debian's {@code chromium}) driven over the Chrome DevTools
 * Protocol with the JDK's WebSocket client: no driver, no network. Fails with the command that
 * installs it when the browser is missing.
 */
final class Chromium implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/lib/chromium/chromium", "/usr/bin/google-chrome");

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<JsonNode> events = new CopyOnWriteArrayList<>();

    private Chromium(Process process, Path profile, WebSocket socket) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
    }

    /** The browser's path: {@code CREDENCE_CHROMIUM}, else the usual Debian places. */
    static Path executable() {
        String env = System.getenv("CREDENCE_CHROMIUM");
        if (env != null && !env.isBlank()) {
            if (!Files.isExecutable(Path.of(env))) {
                throw new AssertionError("CREDENCE_CHROMIUM names " + env + ", which is not an executable file. "
                        + "Point it at Chromium or Chrome, or unset it and install Debian's: sudo apt-get install -y chromium");
            }
            return Path.of(env);
        }
        for (String c : CANDIDATES) {
            if (Files.isExecutable(Path.of(c))) {
                return Path.of(c);
            }
        }
        throw new AssertionError("Chromium is needed for the page's end-to-end test and was not found (looked for "
                + String.join(", ", CANDIDATES) + "). Install it with: sudo apt-get install -y chromium "
                + "(Debian/Ubuntu), or set CREDENCE_CHROMIUM to a Chromium or Chrome executable.");
    }

    /** Starts a headless browser with a fresh profile; its output goes to {@code log}. */
    static Chromium launch(Path log) throws Exception {
        Path exe = executable();
        Path profile = Files.createTempDirectory("credence-chromium-");
        Files.createDirectories(log.getParent());
        List<String> cmd = List.of(exe.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-extensions", "--disable-default-apps",
                "--disable-domain-reliability", "--metrics-recording-only", "--hide-scrollbars", "--mute-audio",
                "--user-data-dir=" + profile, "--remote-debugging-port=0", "about:blank");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Path portFile = profile.resolve("DevToolsActivePort");
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        List<String> lines = List.of();
        while (System.nanoTime() < end) {
            if (!p.isAlive()) {
                throw new AssertionError("Chromium exited with " + p.exitValue() + "; see " + log);
            }
            if (Files.exists(portFile)) {
                lines = Files.readAllLines(portFile);
                if (lines.size() >= 2) {
                    break;
                }
            }
            Thread.sleep(50);
        }
        if (lines.size() < 2) {
            p.destroyForcibly();
            throw new AssertionError("Chromium did not open its DevTools port within 30 s; see " + log);
        }
        URI ws = URI.create("ws://127.0.0.1:" + lines.get(0).strip() + lines.get(1).strip());
        Holder holder = new Holder();
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(ws, holder).get(10, TimeUnit.SECONDS);
        Chromium c = new Chromium(p, profile, socket);
        holder.owner = c;
        return c;
    }

    /** Opens a new tab and attaches to it. */
    Tab newTab() {
        JsonNode target = call(null, "Target.createTarget", obj().put("url", "about:blank"));
        String targetId = target.path("targetId").asText();
        JsonNode attached = call(null, "Target.attachToTarget", obj().put("targetId", targetId).put("flatten", true));
        return new Tab(attached.path("sessionId").asText());
    }

    /** Sends a command and waits for its result (30 s at most). */
    JsonNode call(String sessionId, String method, ObjectNode params) {
        int id = ids.incrementAndGet();
        ObjectNode msg = obj().put("id", id).put("method", method);
        msg.set("params", params == null ? obj() : params);
        if (sessionId != null) {
            msg.put("sessionId", sessionId);
        }
        CompletableFuture<JsonNode> f = new CompletableFuture<>();
        pending.put(id, f);
        socket.sendText(msg.toString(), true).join();
        JsonNode r;
        try {
            r = f.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("DevTools call " + method + " failed: " + e, e);
        } finally {
            pending.remove(id);
        }
        if (r.has("error")) {
            throw new AssertionError("DevTools call " + method + " failed: " + r.path("error"));
        }
        return r.path("result");
    }

    /** Events received so far with this method, for one session. */
    List<JsonNode> events(String sessionId, String method) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode e : events) {
            if (method.equals(e.path("method").asText()) && sessionId.equals(e.path("sessionId").asText())) {
                out.add(e.path("params"));
            }
        }
        return out;
    }

    static ObjectNode obj() {
        return JSON.createObjectNode();
    }

    private void receive(String text) {
        JsonNode n;
        try {
            n = JSON.readTree(text);
        } catch (IOException e) {
            return;
        }
        if (n.has("id")) {
            CompletableFuture<JsonNode> f = pending.get(n.path("id").asInt());
            if (f != null) {
                f.complete(n);
            }
        } else if (n.has("method")) {
            events.add(n);
        }
    }

    @Override
    public void close() {
        try {
            socket.sendText(obj().put("id", ids.incrementAndGet()).put("method", "Browser.close").toString(), true)
                    .get(5, TimeUnit.SECONDS);
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            // fall through to killing it
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try (Stream<Path> walk = Files.walk(profile)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp folder left behind is harmless
        }
    }

    /** Collects text frames into messages and hands them to the browser object. */
    private static final class Holder implements WebSocket.Listener {
        volatile Chromium owner;
        private final StringBuilder buffer = new StringBuilder();
        private final List<String> early = new ArrayList<>();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            buffer.append(data);
            if (last) {
                String msg = buffer.toString();
                buffer.setLength(0);
                Chromium c = owner;
                if (c == null) {
                    early.add(msg);
                } else {
                    early.forEach(c::receive);
                    early.clear();
                    c.receive(msg);
                }
            }
            ws.request(1);
            return null;
        }
    }

    /** One tab, attached in flat mode. */
    final class Tab {
        final String session;

        Tab(String session) {
            this.session = session;
        }

        JsonNode call(String method, ObjectNode params) {
            return Chromium.this.call(session, method, params);
        }

        List<JsonNode> events(String method) {
            return Chromium.this.events(session, method);
        }

        /** Evaluates an expression (awaiting a promise) and returns its value as JSON. */
        JsonNode eval(String expression) {
            JsonNode r = call("Runtime.evaluate", obj().put("expression", expression).put("returnByValue", true)
                    .put("awaitPromise", true));
            if (r.has("exceptionDetails")) {
                throw new AssertionError("script failed: " + r.path("exceptionDetails").toString() + "\n" + expression);
            }
            return r.path("result").path("value");
        }

        /** Waits until the expression is true (or fails after {@code seconds}). */
        void waitUntil(String expression, int seconds) throws InterruptedException {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (!eval("Boolean(" + expression + ")").asBoolean()) {
                if (System.nanoTime() > end) {
                    throw new AssertionError("waited " + seconds + " s for: " + expression);
                }
                Thread.sleep(50);
            }
        }

        void navigate(String url) throws InterruptedException {
            call("Page.navigate", obj().put("url", url));
            waitUntil("document.readyState === 'complete' && location.href === " + JSON.valueToTree(url), 30);
        }

        /** Presses a key: {@code Tab}, {@code Enter}, {@code Escape}; with shift when asked. */
        void press(String key, boolean shift) {
            int code = switch (key) {
                case "Tab" -> 9;
                case "Enter" -> 13;
                case "Escape" -> 27;
                default -> throw new IllegalArgumentException("key " + key);
            };
            ObjectNode down = obj().put("type", "rawKeyDown").put("key", key).put("code", key)
                    .put("windowsVirtualKeyCode", code).put("modifiers", shift ? 8 : 0);
            call("Input.dispatchKeyEvent", down);
            if (key.equals("Enter")) {
                call("Input.dispatchKeyEvent", obj().put("type", "char").put("text", "\r").put("key", key)
                        .put("windowsVirtualKeyCode", code));
            }
            call("Input.dispatchKeyEvent", obj().put("type", "keyUp").put("key", key).put("code", key)
                    .put("windowsVirtualKeyCode", code).put("modifiers", shift ? 8 : 0));
        }

        /** Types text into the focused element. */
        void type(String text) {
            call("Input.insertText", obj().put("text", text));
        }

        /** Tabs until the expression holds for the focused element; returns the presses needed. */
        int tabUntil(String expression, int max) {
            for (int i = 1; i <= max; i++) {
                press("Tab", false);
                if (eval("(() => { const e = document.activeElement; return Boolean(" + expression + "); })()").asBoolean()) {
                    return i;
                }
            }
            throw new AssertionError("no element matching " + expression + " within " + max + " Tab presses");
        }

        /** Sets the viewport: width and height in CSS pixels, phone-like when {@code mobile}. */
        void viewport(int width, int height, boolean mobile) {
            call("Emulation.setDeviceMetricsOverride", obj().put("width", width).put("height", height)
                    .put("deviceScaleFactor", 1).put("mobile", mobile));
        }

        /** Saves a screenshot of the whole page. */
        void screenshot(Path file) {
            ObjectNode p = obj().put("format", "png").put("captureBeyondViewport", true);
            JsonNode size = eval("({w: document.documentElement.scrollWidth, h: document.documentElement.scrollHeight})");
            p.putObject("clip").put("x", 0).put("y", 0).put("width", size.path("w").asInt())
                    .put("height", Math.min(size.path("h").asInt(), 12000)).put("scale", 1);
            String data = call("Page.captureScreenshot", p).path("data").asText();
            try {
                Files.createDirectories(file.getParent());
                Files.write(file, Base64.getDecoder().decode(data));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
