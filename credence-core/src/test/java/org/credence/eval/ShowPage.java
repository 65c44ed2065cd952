package org.credence.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import org.credence.model.Block;
import org.credence.structure.html.Extraction;
import org.credence.structure.html.HtmlExtractor;

/** Debug aid, not a test: prints the typed blocks of one benchmark page (id prefix). */
public final class ShowPage {

    private ShowPage() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        try (var s = Files.list(dir)) {
            Path f = s.filter(p -> p.getFileName().toString().startsWith(args[1])).findFirst().orElseThrow();
            String html = HtmlPages.read(f);
            Extraction x = HtmlExtractor.standard().extract(html, "");
            for (Block b : x.blocks()) {
                String t = x.textOf(b);
                System.out.printf("%-12s %.2f %-30s | %s%n", b.type(), b.confidence(),
                        b.reason().length() > 30 ? b.reason().substring(0, 30) : b.reason(),
                        t.length() > 150 ? t.substring(0, 150).replace('\n', ' ') + "..." : t.replace('\n', ' '));
            }
            System.out.println(x.fields());
            System.out.println(x.problems());
        }
    }
}
