package org.parallax.spark;

import java.io.Serializable;
import java.util.Objects;

/**
 * One input file of a job, as the driver lists it: its place in the input order, where it is (a URI
 * any Hadoop file system reads: {@code file:}, {@code hdfs:}, {@code s3a:}...), how messages and
 * article sources name it (as {@code parallax analyze} would: the path given, or the folder given
 * then the file's path below it), and whether the user named it (rather than a folder or glob holding it).
 */
record InputFile(int index, String uri, String name, boolean explicit) implements Serializable {

    InputFile {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(name, "name");
        if (index < 0) {
            throw new IllegalArgumentException("index must not be negative: " + index);
        }
    }
}
