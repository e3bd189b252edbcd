package org.parallax.crossarticle;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The file format of the layer's trained models (the stance judge, the event pair model): gzip-compressed, a header
 * (the format's name, the feature names the model was trained on, then the model's own fields) and the
 * Java-serialised Smile classifier. Reading checks the format and that the features are those this version computes,
 * and names the command that retrains the model when they are not.
 *
 * @param format    the format's name and version, e.g. {@code parallax-stance-model/1}
 * @param what      what the model is, for messages ("stance model")
 * @param features  the feature names, in order
 * @param retrain   the command that makes a new model
 */
public record ModelFile(String format, String what, List<String> features, String retrain) {

    public ModelFile {
        features = List.copyOf(features);
    }

    /** Reads the model's own header fields after the common header, then its classifier. */
    public interface HeaderReader<T> {
        T read(DataInputStream header, Lazy classifier) throws IOException;
    }

    /** Writes the model's own header fields after the common header. */
    public interface HeaderWriter {
        void write(DataOutputStream header) throws IOException;
    }

    /** The model shipped on the class path at {@code resource}, next to {@code anchor}. */
    public <T> T fromClassPath(Class<?> anchor, String resource, HeaderReader<T> reader) {
        try (InputStream stream = anchor.getResourceAsStream(resource)) {
            if (stream == null) {
                throw new IllegalStateException("the " + what + " " + resource + " is missing from the class path;"
                        + " train one with: " + retrain);
            }
            return read(stream, resource, reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the " + what + " " + resource, e);
        }
    }

    /** A model from a file. */
    public <T> T read(Path file, HeaderReader<T> reader) throws IOException {
        try (InputStream stream = Files.newInputStream(file)) {
            return read(stream, file.toString(), reader);
        }
    }

    private <T> T read(InputStream raw, String name, HeaderReader<T> reader) throws IOException {
        DataInputStream data = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw)));
        String found = data.readUTF();
        if (!format.equals(found)) {
            throw new IOException(name + ": not a " + what + " of format " + format + " (found " + found + ")");
        }
        int count = data.readInt();
        List<String> names = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            names.add(data.readUTF());
        }
        if (!names.equals(features)) {
            throw new IOException(name + ": trained on other features than this version computes; retrain with: " + retrain);
        }
        return reader.read(data, new Lazy(data, name));
    }

    /** Writes a model: the common header, the model's own fields, then the classifier. */
    public void write(Path file, HeaderWriter header, Object classifier) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream raw = Files.newOutputStream(file);
                DataOutputStream data = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(raw)))) {
            data.writeUTF(format);
            data.writeInt(features.size());
            for (String feature : features) {
                data.writeUTF(feature);
            }
            header.write(data);
            ObjectOutputStream objects = new ObjectOutputStream(data);
            objects.writeObject(classifier);
            objects.flush();
        }
    }

    /** The serialised classifier that follows the header, read when asked for. */
    public static final class Lazy {
        private final DataInputStream data;
        private final String name;

        private Lazy(DataInputStream data, String name) {
            this.data = data;
            this.name = name;
        }

        /** The classifier, of the type given. */
        public <C> C classifier(Class<C> type) throws IOException {
            try {
                return type.cast(new ObjectInputStream(data).readObject());
            } catch (ClassNotFoundException | ClassCastException e) {
                throw new IOException(name + ": the serialised classifier cannot be read: " + e.getMessage(), e);
            }
        }
    }
}
