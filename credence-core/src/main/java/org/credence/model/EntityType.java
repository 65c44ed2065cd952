package org.credence.model;

/**
 * The kind of a named entity.
 *
 * <p><b>From CoNLL-2003</b> (the shipped model's tags): PER → {@link #PERSON}; ORG →
 * {@link #ORGANIZATION}, except plural party and group names listed as NORP (Democrats) →
 * {@link #NATIONALITY}; LOC → {@link #GPE} when the mention is a known country, city or region
 * (GeoNames, mledoze countries, OntoNotes GPE names) or has no geographic head word, else
 * {@link #LOCATION} (continents, seas, rivers, mountains: OntoNotes LOC names and head words such
 * as River, Sea, Mountains); MISC → {@link #NATIONALITY} when the mention is a demonym or a
 * religious or political group (mledoze demonyms, OntoNotes NORP names), else {@link #MISC}.
 *
 * <p><b>From OntoNotes 5</b>: PERSON → PERSON; ORG → ORGANIZATION; GPE → GPE; LOC and FAC →
 * LOCATION; NORP → NATIONALITY; EVENT, PRODUCT, WORK_OF_ART, LAW, LANGUAGE → MISC; the numeric
 * types (DATE, TIME, CARDINAL, ORDINAL, MONEY, PERCENT, QUANTITY) are not entities here.
 */
public enum EntityType {
    /** A person: Sergei Lavrov. */
    PERSON,
    /** A company, agency, party as an institution, team, newspaper: World Health Organization. */
    ORGANIZATION,
    /** A place that is not a political unit: Europe, the Black Sea, the Alps. */
    LOCATION,
    /** A geo-political entity: a country, city, state or region with a government: Russia, Kyiv. */
    GPE,
    /** A nationality, religious or political group: Russian, Muslims, Democrats. */
    NATIONALITY,
    /** Any other name: events, laws, products, works, languages (CoNLL's MISC). */
    MISC
}
