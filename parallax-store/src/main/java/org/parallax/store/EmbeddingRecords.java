package org.parallax.store;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The table {@code text_embeddings} (migration V4): texts' embeddings by key, as little-endian
 * 32-bit floats, read and written in chunks of keys so that neither backend gets an unbounded
 * statement.
 */
final class EmbeddingRecords {

    /** Keys looked up by one statement. */
    private static final int CHUNK = 500;

    private EmbeddingRecords() {
    }

    static Map<String, float[]> find(Connection connection, Collection<String> keys) throws SQLException {
        Map<String, float[]> found = new HashMap<>();
        List<String> all = new ArrayList<>(keys);
        for (int start = 0; start < all.size(); start += CHUNK) {
            List<String> chunk = all.subList(start, Math.min(all.size(), start + CHUNK));
            String marks = String.join(", ", Collections.nCopies(chunk.size(), "?"));
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT text_key, vector FROM text_embeddings WHERE text_key IN (" + marks + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    statement.setString(i + 1, chunk.get(i));
                }
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        found.put(result.getString(1), floats(result.getBytes(2)));
                    }
                }
            }
        }
        return found;
    }

    /** Inserts the embeddings whose keys the table does not hold yet. */
    static void keep(Connection connection, Map<String, float[]> embeddings) throws SQLException {
        Map<String, float[]> fresh = new HashMap<>(embeddings);
        find(connection, embeddings.keySet()).keySet().forEach(fresh::remove);
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO text_embeddings (text_key, vector) VALUES (?, ?)")) {
            int pending = 0;
            for (Map.Entry<String, float[]> entry : fresh.entrySet()) {
                statement.setString(1, entry.getKey());
                statement.setBytes(2, bytes(entry.getValue()));
                statement.addBatch();
                if (++pending == CHUNK) {
                    statement.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                statement.executeBatch();
            }
        }
    }

    static byte[] bytes(float[] vector) {
        ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(vector);
        return buffer.array();
    }

    static float[] floats(byte[] bytes) {
        if (bytes.length % Float.BYTES != 0) {
            throw new IllegalStateException("a stored embedding of " + bytes.length + " bytes is not a whole number of floats");
        }
        float[] vector = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
        return vector;
    }
}
