package org.credence.signals;

import java.util.List;

/**
 * The catalogue of standard signals, in report order. Models load once, when the list is
 * first asked for, and are shared by every pipeline.
 */
public final class Signals {

    private Signals() {
    }

    /** The standard signals. */
    public static List<Signal> standard() {
        return Holder.STANDARD;
    }

    /** Catalogue entries of the standard signals. */
    public static List<SignalInfo> catalogue() {
        return standard().stream().map(Signal::info).toList();
    }

    /** The catalogue entry of a standard signal by id. */
    public static java.util.Optional<SignalInfo> info(String id) {
        return catalogue().stream().filter(i -> i.id().equals(id)).findFirst();
    }

    private static final class Holder {
        static final List<Signal> STANDARD = List.of(
                new org.credence.signals.clickbait.ClickbaitSignal(),
                org.credence.signals.stance.HeadlineSupport.standard(),
                new org.credence.signals.sourcing.SourcingSignal(),
                new org.credence.signals.sourcing.HedgingSignal(),
                new org.credence.signals.wording.LoadedWordingSignal(),
                new org.credence.signals.wording.OpinionSignal(),
                new org.credence.signals.appeals.FundraisingSignal(),
                new org.credence.signals.appeals.NeutralitySignal(),
                org.credence.signals.claims.CheckWorthyClaims.standard(),
                org.credence.signals.sloppiness.SloppinessSignal.standard(),
                org.credence.signals.propaganda.PropagandaSignal.standard());
    }
}
