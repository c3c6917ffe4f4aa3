package com.cryptorebalancer.application.port.in;

import com.cryptorebalancer.application.pricing.PricingMode;
import com.cryptorebalancer.application.port.out.HoldingsSource;
import com.cryptorebalancer.domain.rebalancing.Band;
import com.cryptorebalancer.domain.rebalancing.PrimaryCoin;
import com.cryptorebalancer.domain.rebalancing.RebalanceMode;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plan a rebalance of the holdings read from {@code sources} towards {@code targets}.
 *
 * @param targets    percent by group name (any case); must add up to 100 within 0.01
 * @param band       the tolerance band; required in bands mode, refused otherwise
 * @param primaries  primary coins by group name, for groups whose buys go to named coins
 * @param pricing    where the prices come from: the export's values ({@code local}) or live sources
 */
public record PlanRebalanceCommand(List<HoldingsSource> sources, boolean lenient, Map<String, BigDecimal> targets,
                                   RebalanceMode mode, BigDecimal cashUsd, BigDecimal minUsd, BigDecimal minTradeUsd,
                                   Band band, Map<String, List<PrimaryCoin>> primaries, PricingMode pricing) {

    /** Priced by the export's own values. */
    public PlanRebalanceCommand(List<HoldingsSource> sources, boolean lenient, Map<String, BigDecimal> targets,
                                RebalanceMode mode, BigDecimal cashUsd, BigDecimal minUsd, BigDecimal minTradeUsd,
                                Band band, Map<String, List<PrimaryCoin>> primaries) {
        this(sources, lenient, targets, mode, cashUsd, minUsd, minTradeUsd, band, primaries, PricingMode.LOCAL);
    }

    public PlanRebalanceCommand {
        sources = List.copyOf(Validation.required(sources, "input"));
        if (sources.isEmpty()) {
            throw new InvalidCommandException("input", "at least one input is required");
        }
        targets = new LinkedHashMap<>(Validation.required(targets, "targets"));
        if (targets.isEmpty()) {
            throw new InvalidCommandException("targets", "targets are required, e.g. BTC=40,ETH=30,Stablecoins=30");
        }
        Validation.required(mode, "mode");
        Validation.usd(cashUsd, "cash_usd");
        Validation.usd(minUsd, "min_usd");
        Validation.usd(minTradeUsd, "min_trade_usd");
        if (mode == RebalanceMode.BANDS && band == null) {
            throw new InvalidCommandException("band", "bands mode needs a band width (--band)");
        }
        if (mode != RebalanceMode.BANDS && band != null) {
            throw new InvalidCommandException("band", "a band only applies in bands mode; the mode is " + mode.code());
        }
        if (mode == RebalanceMode.BUY_ONLY && cashUsd.signum() <= 0) {
            throw new InvalidCommandException("cash_usd", "buy-only mode needs cash to deploy (--cash greater than 0)");
        }
        primaries = new LinkedHashMap<>(Validation.required(primaries, "primaries"));
        Validation.required(pricing, "pricing");
    }
}
