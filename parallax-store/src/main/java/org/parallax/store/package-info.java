/** The knowledge base. */
package org.parallax.store;
