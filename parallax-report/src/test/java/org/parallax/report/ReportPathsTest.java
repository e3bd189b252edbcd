package org.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportPathsTest {

    @Test
    void safeIdsAreTheirOwnFileNames() {
        assertThat(ReportPaths.fileName("s12")).isEqualTo("s12.html");
        assertThat(ReportPaths.article("breitbart_2016-07-25_x")).isEqualTo("articles/breitbart_2016-07-25_x.html");
    }

    @Test
    void otherIdsStayInsideTheFolderAndApart() {
        String seed = ReportPaths.fileName("seed/000");
        assertThat(seed).startsWith("seed_000-").endsWith(".html").doesNotContain("/");
        assertThat(ReportPaths.fileName("seed_000")).isEqualTo("seed_000.html").isNotEqualTo(seed);
        assertThat(ReportPaths.fileName("../../etc/passwd")).doesNotContain("/").doesNotContain("..");
        assertThat(ReportPaths.fileName("seed/000")).isEqualTo(seed);
    }
}
