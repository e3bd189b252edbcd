/**
 * Output: {@code analysis.json}, the documented machine-readable result (schema in
 * {@code docs/analysis.schema.json}), and {@code report.html}, a self-contained page a person reads.
 */
package org.parallax.report;
