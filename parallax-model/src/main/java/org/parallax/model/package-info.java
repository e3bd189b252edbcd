/**
 * The Parallax data model: immutable articles holding their clean text, and typed spans over
 * half-open character offsets {@code [begin, end)} into that text. No heavy dependencies: every
 * other module builds on this one.
 */
package org.parallax.model;
