package com.cryptorebalancer.domain.backtest;

/**
 * What trading costs in a backtest.
 *
 * <ul>
 *   <li>{@code feeBps}: an exchange fee in basis points of each trade's executed notional (quantity times
 *       the price paid or received), paid in USD on top of a buy and out of a sell's proceeds;</li>
 *   <li>{@code spreadBps}: the bid-ask spread in basis points of the close. Closes are taken as mid prices
 *       and each trade crosses half the spread: a buy pays {@code close * (1 + s/2)}, a sell receives
 *       {@code close * (1 - s/2)}. The spread cost of a trade is its quantity times {@code close * s/2};</li>
 *   <li>{@code minTradeUsd}: a planned trade whose notional at the close is below this is not made, and
 *       counted as skipped.</li>
 * </ul>
 * The initial purchase pays the same costs as every other trade.
 */
public record Costs(double feeBps, double spreadBps, double minTradeUsd) {

    /** Trading for free, whatever the size. */
    public static final Costs NONE = new Costs(0, 0, 0);

    public Costs {
        if (!(feeBps >= 0 && feeBps < 10_000)) {
            throw new IllegalArgumentException("fee must be at least 0 and below 10000 bps, was " + feeBps);
        }
        if (!(spreadBps >= 0 && spreadBps < 20_000)) {
            throw new IllegalArgumentException("spread must be at least 0 and below 20000 bps, was " + spreadBps);
        }
        if (!(minTradeUsd >= 0 && minTradeUsd < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("minimum trade must be a finite USD amount of 0 or more, was " + minTradeUsd);
        }
    }

    /** The fee as a fraction of notional (10 bps = 0.001). */
    public double feeRate() {
        return feeBps / 10_000;
    }

    /** Half the spread as a fraction of the close. */
    public double halfSpread() {
        return spreadBps / 20_000;
    }
}
