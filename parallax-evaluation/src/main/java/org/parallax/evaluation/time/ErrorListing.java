package org.parallax.evaluation.time;

/**
 * A plain-text listing of one document's disagreements with the gold standard, for rule work on
 * the development part: missed and spurious expressions, and matches with another span, type or
 * value.
 */
final class ErrorListing {

    private ErrorListing() {
    }

    static void append(StringBuilder out, TimeMlDocument document, TimexScorer.Alignment alignment) {
        String text = document.text();
        String where = document.id() + " (DCT " + document.creationDate() + ")";
        for (TimexMention missed : alignment.missed()) {
            out.append("MISSED   ").append(where).append(" ").append(describe(text, missed))
                    .append(" | ").append(context(text, missed)).append('\n');
        }
        for (TimexMention spurious : alignment.spurious()) {
            out.append("SPURIOUS ").append(where).append(" ").append(describe(text, spurious))
                    .append(" | ").append(context(text, spurious)).append('\n');
        }
        for (TimexScorer.Pair pair : alignment.pairs()) {
            if (!pair.sameValue() || !pair.sameType() || !pair.strict()) {
                String kind = !pair.sameValue() ? "VALUE   " : !pair.sameType() ? "TYPE    " : "SPAN    ";
                out.append(kind).append(where).append(" gold ").append(describe(text, pair.gold()))
                        .append(" ours ").append(describe(text, pair.system()))
                        .append(" | ").append(context(text, pair.gold())).append('\n');
            }
        }
    }

    private static String describe(String text, TimexMention mention) {
        return "\"" + mention.span().coveredText(text).replace('\n', ' ') + "\" " + mention.type() + " " + mention.value();
    }

    private static String context(String text, TimexMention mention) {
        int begin = Math.max(0, mention.span().begin() - 60);
        int end = Math.min(text.length(), mention.span().end() + 40);
        return text.substring(begin, end).replace('\n', ' ');
    }
}
