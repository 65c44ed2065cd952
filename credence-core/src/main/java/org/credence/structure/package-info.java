/**
 * Structure: main-text extraction from HTML ({@code structure.html}) and the typing of blocks
 * (headline, dek, byline, dateline, date, captions and credits, body, and the non-article
 * blocks) for plain text and extracted HTML alike.
 */
package org.credence.structure;
