package com.cryptorebalancer.application.pricing;

import com.cryptorebalancer.application.port.in.InvalidCommandException;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.Decimals;
import com.cryptorebalancer.domain.money.Price;
import com.cryptorebalancer.domain.money.PriceSource;
import com.cryptorebalancer.domain.money.UsdAmount;
import com.cryptorebalancer.domain.portfolio.Holding;
import com.cryptorebalancer.domain.portfolio.Portfolio;
import com.cryptorebalancer.domain.portfolio.Position;
import com.cryptorebalancer.domain.taxonomy.Group;
import com.cryptorebalancer.domain.taxonomy.Taxonomy;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Set;

/** Prices a classified portfolio's coins: its export's values as the local prices, its Stablecoins group checked against the peg. */
public final class PortfolioPricing {

    private static final Group STABLECOINS = Group.of("Stablecoins");

    private PortfolioPricing() {
    }

    /**
     * The pricing mode asked for, else the setting's.
     *
     * @throws InvalidCommandException (field {@code pricing}) for a mode that does not exist
     */
    public static PricingMode mode(String asked, String setting) {
        String code = asked == null ? setting : asked;
        try {
            return PricingMode.of(code);
        } catch (IllegalArgumentException e) {
            throw new InvalidCommandException("pricing", e.getMessage(), e);
        }
    }

    /** The refusal of live pricing ({@code mode}) where no live source is set up. */
    public static InvalidCommandException liveNotSetUp(String mode) {
        return new InvalidCommandException("pricing", "live pricing (" + mode + ") is not set up here:"
                + " only local pricing, the export's own values");
    }

    /**
     * @param market the live sources, or null where none is set up
     * @throws InvalidCommandException when live pricing is asked where no live source is set up
     */
    public static Pricing price(MarketPricing market, Portfolio portfolio, PricingMode mode, PricingPolicy policy) {
        if (market == null) {
            throw liveNotSetUp(mode.code());
        }
        Set<Asset> coins = new HashSet<>();
        Set<Asset> stablecoins = new HashSet<>();
        for (Position position : portfolio.positions()) {
            coins.add(position.coin());
            if (position.group().equals(STABLECOINS)) {
                stablecoins.add(position.coin());
            }
        }
        return market.price(coins, portfolio.localPrices(), stablecoins, mode, policy);
    }

    /**
     * The same holdings valued at the prices chosen: a holding whose coin got a live price is worth its
     * quantity at that price (with that source and time); one priced by the export keeps its own value.
     */
    public static Portfolio revalued(Portfolio portfolio, Pricing pricing, Taxonomy taxonomy) {
        List<Holding> holdings = new ArrayList<>(portfolio.positions().size());
        boolean changed = false;
        for (Position position : portfolio.positions()) {
            Holding holding = position.holding();
            PriceQuote quote = pricing.quotes().get(position.coin());
            if (quote == null || quote.price().source().equals(PriceSource.LOCAL) || holding.quantity().isZero()) {
                holdings.add(holding);
                continue;
            }
            changed = true;
            Price price = quote.price();
            UsdAmount value = UsdAmount.of(holding.quantity().value().multiply(price.usd(), Decimals.MC));
            holdings.add(Holding.valued(holding.asset(), holding.coinName(), holding.location(), holding.quantity(), value,
                    price.source(), price.asOf()));
        }
        // every holding kept its export's value (local pricing, or no live price): the same portfolio, not classified again
        return changed ? Portfolio.classify(holdings, taxonomy) : portfolio;
    }
}
