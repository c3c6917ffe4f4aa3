package com.cryptorebalancer.adapter.in.web;

import com.cryptorebalancer.application.port.in.InvalidCommandException;
import com.cryptorebalancer.application.port.in.PlanRequest;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.rebalancing.Band;
import com.cryptorebalancer.domain.rebalancing.PrimaryCoin;
import com.cryptorebalancer.domain.rebalancing.RebalanceMode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /api/v1/plans}. Absent fields take their defaults (the use case decides them);
 * exactly one of {@code targets} and {@code profile_id}.
 *
 * @param mode      full, buy-only or bands
 * @param primaries by group, the coins that receive its buys with their relative weights
 * @param pricing   local (the export's values), auto (live sources) or hybrid; absent for the settings' pricing mode
 */
record PlanRequestJson(Map<String, BigDecimal> targets, Long profileId, String mode, BigDecimal cashUsd,
                       BigDecimal minUsd, BigDecimal minTradeUsd, BandJson band,
                       Map<String, Map<String, BigDecimal>> primaries, String pricing) {

    /**
     * The tolerance band of bands mode.
     *
     * @param unit {@code pp} (percentage points, the default) or {@code relative_pct} (percent of the target)
     * @param to   {@code target} (the default) or {@code edge}: where an out-of-band group goes back to
     */
    record BandJson(BigDecimal width, String unit, String to) {
    }

    PlanRequest toRequest() {
        return new PlanRequest(targets, profileId, mode == null ? null : mode(mode), cashUsd, minUsd, minTradeUsd,
                band == null ? null : band(band), primaries == null ? null : primaries(primaries), pricing);
    }

    private static RebalanceMode mode(String code) {
        try {
            return RebalanceMode.fromCode(code);
        } catch (IllegalArgumentException e) {
            throw new InvalidCommandException("mode", e.getMessage(), e);
        }
    }

    private static Band band(BandJson band) {
        Params.required(band.width(), "band.width");
        Band.Unit unit;
        if (band.unit() == null || band.unit().equals("pp")) {
            unit = Band.Unit.POINTS;
        } else if (band.unit().equals("relative_pct")) {
            unit = Band.Unit.RELATIVE;
        } else {
            throw new InvalidCommandException("band.unit", "unknown band unit '" + band.unit()
                    + "'; expected pp or relative_pct");
        }
        try {
            Band.Goal goal = band.to() == null ? Band.Goal.TARGET : Band.Goal.fromCode(band.to());
            return new Band(band.width(), unit, goal);
        } catch (IllegalArgumentException e) {
            throw new InvalidCommandException(band.to() != null && e.getMessage().contains("goal") ? "band.to"
                    : "band.width", e.getMessage(), e);
        }
    }

    private static Map<String, List<PrimaryCoin>> primaries(Map<String, Map<String, BigDecimal>> byGroup) {
        Map<String, List<PrimaryCoin>> primaries = new LinkedHashMap<>();
        byGroup.forEach((group, coins) -> {
            List<PrimaryCoin> list = new ArrayList<>(coins.size());
            coins.forEach((coin, weight) -> {
                try {
                    list.add(new PrimaryCoin(Asset.of(coin), weight));
                } catch (IllegalArgumentException e) {
                    throw new InvalidCommandException("primaries." + group + "." + coin, e.getMessage(), e);
                }
            });
            primaries.put(group, list);
        });
        return primaries;
    }
}
