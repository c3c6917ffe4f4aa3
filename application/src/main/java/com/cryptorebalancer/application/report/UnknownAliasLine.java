package com.cryptorebalancer.application.report;

import com.cryptorebalancer.domain.portfolio.UnknownAlias;
import java.util.List;

/** An unknown alias as it crosses the boundary. */
public record UnknownAliasLine(String symbol, String name, String usd, int holdings, List<String> locations) {

    public static UnknownAliasLine of(UnknownAlias alias) {
        return new UnknownAliasLine(alias.symbol().symbol(), alias.coinName(), Amounts.usd(alias.value()),
                alias.holdings(), alias.locations());
    }
}
