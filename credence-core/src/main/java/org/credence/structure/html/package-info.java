/**
 * Main-text extraction from HTML: finds the article in a page with jsoup, splits it into typed
 * blocks (headline, body, captions, and the furniture around the story such as share bars,
 * newsletter boxes and donation appeals), reads the article fields, and keeps an exact
 * {@link org.credence.model.OffsetMap} from the extracted text back to the HTML source.
 * The entry point is {@link org.credence.structure.html.HtmlExtractor}.
 */
package org.credence.structure.html;
