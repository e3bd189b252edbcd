package org.parallax.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;

/**
 * The layout of {@code analysis.json}: the top levels indented, one line per article, entity,
 * event and story, each written compactly within its line. Full indentation doubled the file on
 * large corpora (most of it spaces at depth eight and more); a line per item keeps it readable with
 * {@code grep}, {@code diff} and {@code jq}, and the size proportional to the content.
 */
final class LineLayout {

    /** Levels indented: the root object (1) and its arrays' items (2); deeper ones stay on their item's line. */
    static final int INDENTED_LEVELS = 2;

    private LineLayout() {
    }

    /** A pretty printer that indents only the first {@value #INDENTED_LEVELS} levels. */
    static DefaultPrettyPrinter printer() {
        DepthLimitedIndenter indenter = new DepthLimitedIndenter();
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withoutSpacesInObjectEntries();
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }

    /** Jackson's two-space line-feed indenter, silent below the indented levels. */
    private static final class DepthLimitedIndenter extends DefaultIndenter {

        private static final long serialVersionUID = 1L;

        DepthLimitedIndenter() {
            super("  ", "\n");
        }

        @Override
        public void writeIndentation(JsonGenerator generator, int level) throws IOException {
            if (level <= INDENTED_LEVELS) {
                super.writeIndentation(generator, level);
            }
        }
    }
}
