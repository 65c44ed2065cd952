/**
 * Repair: mojibake undone run by run ({@code repair.mojibake}) and text normalised, with every
 * change recorded as a {@link org.credence.model.Repair} and mapped back to the source.
 */
package org.credence.repair;
