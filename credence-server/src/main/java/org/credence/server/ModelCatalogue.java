package org.credence.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.credence.Credence;

/**
 * The model files shipped with credence-core and their provenance, for {@code GET /v1/health}.
 *
 * <p>A shipped model is a gzip file ({@code *.gz}) beside a JSON provenance file in the same
 * resource folder under {@code org/credence/} (e.g. {@code language/ner/ner-conll2003.bin.gz}
 * and {@code ner-conll2003.json}: data with checksums, parameters, held-out figures), as
 * written by {@code credence train}. They are found by listing the jar or folder that holds
 * credence-core, so a model added later is listed without a change here.
 *
 * @param models one entry per provenance file: {@code name} (the provenance's {@code model}
 *               field, or the file's folder and name), {@code resource}, {@code files} (the model
 *               files beside it) and {@code provenance} (the file's JSON), in resource order
 */
record ModelCatalogue(List<ObjectNode> models) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ROOT = "org/credence/";

    ModelCatalogue {
        models = List.copyOf(models);
    }

    /** Lists the models in the code source of credence-core. */
    static ModelCatalogue shipped() {
        List<String> names = resourceNames();
        List<ObjectNode> models = new ArrayList<>();
        for (String json : names) {
            if (!json.endsWith(".json")) {
                continue;
            }
            String dir = json.substring(0, json.lastIndexOf('/') + 1);
            String stem = json.substring(dir.length(), json.length() - ".json".length());
            List<String> files = names.stream()
                    .filter(n -> n.startsWith(dir) && n.indexOf('/', dir.length()) < 0 && isModelFile(n))
                    .map(n -> n.substring(dir.length()))
                    .toList();
            if (files.isEmpty()) {
                continue;
            }
            JsonNode prov = read(json);
            if (!prov.isObject()) {
                continue;
            }
            ObjectNode o = JSON.createObjectNode();
            String folder = dir.substring(0, dir.length() - 1);
            String name = prov.path("model").isTextual() ? prov.path("model").asText()
                    : folder.substring(folder.lastIndexOf('/') + 1) + "/" + stem;
            o.put("name", name);
            o.put("resource", json);
            files.forEach(o.putArray("files")::add);
            o.set("provenance", prov);
            models.add(o);
        }
        return new ModelCatalogue(models);
    }

    private static boolean isModelFile(String name) {
        return name.endsWith(".gz") || name.endsWith(".onnx");
    }

    private static JsonNode read(String resource) {
        try (InputStream in = Credence.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("listed resource missing: " + resource);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** Every resource name under {@code org/credence/} in the jar or folder credence-core was loaded from, sorted. */
    private static List<String> resourceNames() {
        Path where;
        try {
            where = Path.of(Credence.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return List.of();
        }
        TreeSet<String> names = new TreeSet<>();
        try {
            if (Files.isDirectory(where)) {
                Path root = where.resolve(ROOT);
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(Files::isRegularFile)
                            .forEach(p -> names.add(ROOT + root.relativize(p).toString().replace('\\', '/')));
                }
            } else {
                try (JarFile jar = new JarFile(where.toFile())) {
                    Collections.list(jar.entries()).stream()
                            .filter(e -> !e.isDirectory() && e.getName().startsWith(ROOT))
                            .forEach(e -> names.add(e.getName()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the resources of " + where, e);
        }
        return List.copyOf(names);
    }
}
