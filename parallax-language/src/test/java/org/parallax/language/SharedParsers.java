package org.parallax.language;

import org.parallax.language.corenlp.CoreNlpOptions;
import org.parallax.language.corenlp.CoreNlpParser;

/** CoreNLP parsers for tests, built once per test JVM: loading models takes seconds and a gigabyte. */
public final class SharedParsers {

    private static CoreNlpParser withDependencies;
    private static CoreNlpParser withoutDependencies;

    private SharedParsers() {
    }

    public static synchronized CoreNlpParser withDependencies() {
        if (withDependencies == null) {
            withDependencies = new CoreNlpParser(CoreNlpOptions.standard());
        }
        return withDependencies;
    }

    public static synchronized CoreNlpParser withoutDependencies() {
        if (withoutDependencies == null) {
            withoutDependencies = new CoreNlpParser(CoreNlpOptions.standard().withDependencies(false));
        }
        return withoutDependencies;
    }
}
