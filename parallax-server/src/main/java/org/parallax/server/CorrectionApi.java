package org.parallax.server;

import com.fasterxml.jackson.core.JsonGenerator;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.parallax.store.Correction;
import org.parallax.store.Store;

/**
 * Corrections through the store's correction API, each recorded in its audit log with the token's
 * name as who: {@code POST /api/v1/entities/{id}/merge {"merged": id}}, {@code /entities/{id}/split
 * {"alias": name}}, {@code /stories/{id}/merge {"merged": id}}, {@code /stories/{id}/split {"articles": [id]}};
 * {@code GET /api/v1/audit} lists them, oldest first.
 */
final class CorrectionApi {

    private final Store store;

    CorrectionApi(Store store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    void register(RoutesConfig routes) {
        routes.post("/api/v1/entities/{id}/merge", context -> corrected(context,
                store.mergeEntities(context.pathParam("id"), RequestBody.of(context).text("merged"), Guard.writer(context))));
        routes.post("/api/v1/entities/{id}/split", context -> corrected(context,
                store.splitEntity(context.pathParam("id"), RequestBody.of(context).text("alias"), Guard.writer(context))));
        routes.post("/api/v1/stories/{id}/merge", context -> corrected(context,
                store.mergeStories(context.pathParam("id"), RequestBody.of(context).text("merged"), Guard.writer(context))));
        routes.post("/api/v1/stories/{id}/split", context -> {
            List<String> articles = RequestBody.of(context).texts("articles");
            if (articles.isEmpty()) {
                throw ApiException.badInput("the field articles is required: the ids of the articles split off");
            }
            corrected(context, store.splitStory(context.pathParam("id"), articles, Guard.writer(context)));
        });
        routes.get("/api/v1/audit", context -> JsonBodies.send(context, json -> {
            json.writeStartObject();
            json.writeArrayFieldStart("corrections");
            for (Correction correction : store.auditLog()) {
                writeCorrection(correction, json);
            }
            json.writeEndArray();
            json.writeEndObject();
        }));
    }

    private static void corrected(Context context, Correction correction) {
        JsonBodies.send(context, 201, json -> {
            json.writeStartObject();
            json.writeFieldName("correction");
            writeCorrection(correction, json);
            json.writeEndObject();
        });
    }

    static void writeCorrection(Correction correction, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeNumberField("id", correction.id());
        json.writeStringField("kind", JsonBodies.lower(correction.kind()));
        json.writeStringField("subject", correction.subject());
        json.writeStringField("argument", correction.argument());
        json.writeStringField("description", correction.description());
        json.writeStringField("madeBy", correction.madeBy());
        json.writeStringField("madeAt", correction.madeAt().toString());
        json.writeEndObject();
    }
}
