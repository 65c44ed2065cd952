/**
 * Repair of mojibake: text whose bytes were decoded with the wrong charset, such as UTF-8 read
 * as windows-1252 ("cafÃ©") or windows-1251 read as Mac Cyrillic. {@link
 * org.credence.repair.mojibake.MojibakeRepairer} finds garbled runs, re-decodes them and keeps a
 * fix only when {@link org.credence.repair.mojibake.Plausibility} says the result reads clearly
 * better than the input; text that is fine is never changed.
 */
package org.credence.repair.mojibake;
