/**
 * The REST API ({@code /api/v1/...}) and the web UI over a store: {@link org.parallax.server.ParallaxServer}
 * serves them, {@code parallax serve} starts it.
 */
package org.parallax.server;
