/**
 * Reports: the JSON report (schema in {@code docs/REPORT.md}), a terminal summary and a standalone
 * HTML page, all made from an {@link org.credence.Analysis}.
 */
package org.credence.report;
