/**
 * Ingest: reading records from files, directories, JSON, JSON lines, CSV and standard input, and
 * decoding bytes into characters from what the bytes say.
 */
package org.credence.ingest;
