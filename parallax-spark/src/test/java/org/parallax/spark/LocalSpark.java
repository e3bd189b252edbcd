package org.parallax.spark;

import org.apache.spark.sql.SparkSession;
import org.parallax.language.LanguagePipeline;
import org.parallax.language.LanguagePipelines;

/**
 * The one Spark session of the test JVM (local mode, two cores), with the language layer loaded once and
 * shared by the Spark job's tasks and the embedded pipeline the tests compare it with. It ends with the JVM.
 */
final class LocalSpark {

    private static SparkSession session;

    private LocalSpark() {
    }

    static synchronized SparkSession session() {
        if (session == null) {
            LanguagePipeline language = LanguagePipelines.standard();
            ExecutorLayers.useLanguage(language::annotate);
            session = SparkCommand.session("local[2]", "parallax-test");
        }
        return session;
    }
}
