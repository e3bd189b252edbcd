package org.parallax.report;

import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;
import org.parallax.model.Annotations;
import org.parallax.model.Article;
import org.parallax.model.ArticleEntity;

/** An article's cast: each entity with its type, other names and roles. */
final class EntityTable {

    private EntityTable() {
    }

    static void render(Article article, Annotations annotations, Element section) {
        Element details = section.appendElement("details").addClass("entities");
        details.appendElement("summary").text("Who is involved (" + annotations.entities().size() + ")");
        Element table = details.appendElement("table");
        Element head = table.appendElement("thead").appendElement("tr");
        for (String column : List.of("Name", "Type", "Also called", "Roles")) {
            head.appendElement("th").text(column);
        }
        Element rows = table.appendElement("tbody");
        for (ArticleEntity entity : annotations.entities()) {
            Element row = rows.appendElement("tr");
            row.appendElement("td").text(entity.name());
            row.appendElement("td").text(entity.type().name());
            row.appendElement("td").text(String.join(", ", entity.aliases()));
            row.appendElement("td").text(entity.roles().stream().map(role -> role.title()).distinct()
                    .collect(Collectors.joining("; ")));
        }
    }
}
