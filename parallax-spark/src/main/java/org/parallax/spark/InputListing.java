package org.parallax.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.parallax.model.InputProblem;

/**
 * Expands the paths, folders and globs of a job into input files through Hadoop's file systems, on the
 * driver, the way {@code parallax analyze} expands local paths ({@link org.parallax.ingest.InputWalker}):
 * a file stands for itself, a folder for every file below it in name order (hidden files and folders
 * passed over), and a glob ({@code hdfs://cc/2024-01-*.warc.gz}) for what it matches. The manifest,
 * when it lies among the inputs, is not one.
 */
final class InputListing {

    /** The files found, in input order, and the arguments that name nothing readable. */
    record Listed(List<InputFile> files, List<InputProblem> problems) {
        Listed {
            files = List.copyOf(files);
            problems = List.copyOf(problems);
        }
    }

    private final Configuration configuration;
    private final Optional<String> excluded;

    InputListing(Configuration configuration, Optional<String> excluded) {
        this.configuration = configuration;
        this.excluded = excluded.map(path -> new Path(path).toUri().getPath()).map(path -> new java.io.File(path).getAbsolutePath());
    }

    Listed list(List<String> arguments) {
        List<InputFile> files = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        for (String argument : arguments) {
            try {
                expand(argument, files);
            } catch (FileNotFoundException e) {
                problems.add(InputProblem.badInput(argument, "no such file or folder"));
            } catch (IOException | RuntimeException e) {
                problems.add(InputProblem.badInput(argument, "cannot be listed: " + e.getMessage()));
            }
        }
        return new Listed(files, problems);
    }

    private void expand(String argument, List<InputFile> files) throws IOException {
        Path path = new Path(argument);
        FileSystem system = path.getFileSystem(configuration);
        boolean glob = argument.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
        FileStatus[] matches = glob ? system.globStatus(path) : new FileStatus[] {system.getFileStatus(path)};
        if (matches == null || matches.length == 0) {
            throw new FileNotFoundException(argument);
        }
        for (FileStatus match : matches) {
            String shown = glob ? match.getPath().toString() : argument;
            if (match.isFile()) {
                add(files, match.getPath(), shown, !glob);
            } else if (match.isDirectory()) {
                expandFolder(system, match.getPath(), shown, files);
            }
        }
    }

    private void expandFolder(FileSystem system, Path folder, String shown, List<InputFile> files) throws IOException {
        String root = folder.toUri().getPath();
        List<String[]> found = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> listing = system.listFiles(folder, true);
        while (listing.hasNext()) {
            LocatedFileStatus status = listing.next();
            String relative = status.getPath().toUri().getPath().substring(root.length()).replaceFirst("^/", "");
            if (!hidden(relative)) {
                found.add(new String[] {relative, status.getPath().toString()});
            }
        }
        found.sort(Comparator.comparing((String[] file) -> file[0]));
        for (String[] file : found) {
            String name = shown.endsWith("/") ? shown + file[0] : shown + "/" + file[0];
            add(files, new Path(file[1]), name, false);
        }
    }

    private void add(List<InputFile> files, Path path, String name, boolean explicit) {
        String uri = path.toUri().toString();
        if (excluded.isPresent() && "file".equals(path.toUri().getScheme())
                && excluded.get().equals(new java.io.File(path.toUri().getPath()).getAbsolutePath())) {
            return;
        }
        files.add(new InputFile(files.size(), uri, name, explicit));
    }

    private static boolean hidden(String relative) {
        for (String part : relative.split("/")) {
            if (part.startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
