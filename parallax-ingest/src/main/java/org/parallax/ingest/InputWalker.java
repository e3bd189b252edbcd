package org.parallax.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.parallax.model.InputProblem;

/**
 * Expands the paths a user gives into input files: a file stands for itself, a folder for every
 * file below it (recursively, in name order, hidden files and folders passed over).
 */
public final class InputWalker {

    /** A file to read, and whether the user named it (rather than a folder holding it). */
    public record Found(Input input, boolean explicit) {
    }

    /** What a walk found, and the paths that do not exist or cannot be listed. */
    public record Walk(List<Found> inputs, List<InputProblem> problems) {
        public Walk {
            inputs = List.copyOf(inputs);
            problems = List.copyOf(problems);
        }
    }

    private final long maxBytes;
    private final Optional<Path> excluded;

    /**
     * @param maxBytes the size limit each input carries
     * @param excluded a file never taken as an input (the manifest)
     */
    public InputWalker(long maxBytes, Optional<Path> excluded) {
        this.maxBytes = maxBytes;
        this.excluded = excluded.map(path -> path.toAbsolutePath().normalize());
    }

    public Walk walk(List<String> arguments) {
        List<Found> found = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        for (String argument : arguments) {
            Path path = Path.of(argument);
            if (Files.isRegularFile(path)) {
                found.add(new Found(new Input(path, argument, maxBytes), true));
            } else if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.walk(path)) {
                    files.filter(Files::isRegularFile)
                            .filter(file -> !hidden(path, file))
                            .filter(file -> excluded.map(e -> !e.equals(file.toAbsolutePath().normalize())).orElse(true))
                            .sorted()
                            .forEach(file -> found.add(new Found(new Input(file, display(argument, path, file), maxBytes), false)));
                } catch (IOException | java.io.UncheckedIOException e) {
                    problems.add(InputProblem.badInput(argument, "cannot list the folder: " + e.getMessage()));
                }
            } else if (Files.exists(path)) {
                problems.add(InputProblem.badInput(argument, "not a regular file or folder"));
            } else {
                problems.add(InputProblem.badInput(argument, "no such file or folder"));
            }
        }
        return new Walk(found, problems);
    }

    private static boolean hidden(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String display(String argument, Path root, Path file) {
        String relative = root.relativize(file).toString();
        return argument.endsWith("/") ? argument + relative : argument + "/" + relative;
    }
}
