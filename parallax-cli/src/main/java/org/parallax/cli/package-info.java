/** The command line: a thin shell over ingestion and output. */
package org.parallax.cli;
