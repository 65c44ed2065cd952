/**
 * Turning bytes into text: byte-order marks, declared charsets (HTTP and HTML meta), strict UTF-8
 * validation and a statistical guess among common legacy code pages, each choice recorded as an
 * {@link org.credence.model.Encoding} with the problems met on the way.
 */
package org.credence.ingest.charset;
