/** Helpers shared between stages; not part of the API and free to change. */
package org.credence.internal;
