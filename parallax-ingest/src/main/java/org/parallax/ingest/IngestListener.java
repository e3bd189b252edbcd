package org.parallax.ingest;

/** Hears how ingestion progresses, e.g. to show progress on a terminal. Called from worker threads. */
public interface IngestListener {

    IngestListener NONE = new IngestListener() {
    };

    /** Before reading: how many files, and how many bytes they hold on disk. */
    default void planned(int inputs, long bytes) {
    }

    /** One input is read, with its size on disk and how many articles and problems it gave. */
    default void inputDone(Input input, long bytes, int articles, int problems) {
    }
}
