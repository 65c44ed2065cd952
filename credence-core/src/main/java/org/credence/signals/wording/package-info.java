/**
 * Signals about the writer's own wording: loaded, sensational and strongly emotional words
 * ({@link org.credence.signals.wording.LoadedWordingSignal}), and opinion presented as news
 * ({@link org.credence.signals.wording.OpinionSignal}). Words inside quotation marks are the
 * speakers' and are not counted.
 */
package org.credence.signals.wording;
