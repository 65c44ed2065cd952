/**
 * The Credence server: a small REST API ({@code POST /v1/analyze}, {@code GET /v1/health},
 * {@code GET /v1/signals}, {@code GET /openapi.json}) and the page for fact-checkers at
 * {@code /}, on Javalin. The pipeline and its models load once, when the server is built; each
 * request runs on a bounded pool with a short queue and a time limit. The server never fetches
 * a URL: a record's {@code url} is metadata only.
 */
package org.credence.server;
