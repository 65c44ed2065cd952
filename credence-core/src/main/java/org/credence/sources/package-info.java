/**
 * Outlet ratings from public datasets (Media Bias/Fact Check labels as collected by Baly et
 * al., OpenSources), looked up by URL or source and shown beside an article's scores, never
 * mixed into them. No ratings ship with Credence; see {@link org.credence.sources.OutletRatings}.
 */
package org.credence.sources;
