package com.cryptorebalancer.domain.taxonomy;

import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.Decimals;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Other spellings of known coins used by exchanges and aggregators:
 * <ul>
 *   <li>Kraken's staking and rewards suffixes: {@code DOT.S}, {@code USDC.M}, {@code ETH2.S},
 *       {@code SOL.F}, {@code ATOM.B}, {@code KSM.P};</li>
 *   <li>Kraken's legacy asset codes ({@code XXBT}, {@code XBT}, {@code XETH}, {@code ZUSD}, ...) and
 *       tickers renamed since ({@code MIOTA}, {@code TONCOIN}, {@code RNDR});</li>
 *   <li>CoinTracking's numeric disambiguation suffixes ({@code SOL2} is Solana, {@code DOT2} Polkadot):
 *       stripped only when the rest is a known coin and, where the export prints the coin's full name,
 *       that name agrees with the known coin's; without a name, where both the suffixed and the bare
 *       ticker are priced, the prices must be within a factor of two (CoinTracking gives a clashing
 *       ticker a suffix because it is another coin: {@code LUNA2} next to {@code LUNA}).</li>
 * </ul>
 */
final class Spellings {

    private static final Pattern KRAKEN_STAKING = Pattern.compile("^(.+)\\.(S|F|M|B|P|HOLD)$");
    private static final Pattern NUMERIC_SUFFIX = Pattern.compile("^([A-Z0-9]*[A-Z])([0-9]{1,2})$");
    private static final BigDecimal SAME_COIN_LOW = new BigDecimal("0.5");
    private static final BigDecimal SAME_COIN_HIGH = new BigDecimal("2");

    private static final Map<String, String> RENAMED = Map.ofEntries(
            Map.entry("XBT", "BTC"), Map.entry("XXBT", "BTC"), Map.entry("XETH", "ETH"),
            Map.entry("ETH2", "ETH"), Map.entry("XXDG", "DOGE"), Map.entry("XDG", "DOGE"),
            Map.entry("XXRP", "XRP"), Map.entry("XLTC", "LTC"), Map.entry("XXLM", "XLM"),
            Map.entry("XXMR", "XMR"), Map.entry("XZEC", "ZEC"), Map.entry("XETC", "ETC"),
            Map.entry("XREP", "REP"), Map.entry("XXTZ", "XTZ"), Map.entry("XMLN", "MLN"),
            Map.entry("ZUSD", "USD"), Map.entry("ZEUR", "EUR"), Map.entry("ZGBP", "GBP"),
            Map.entry("ZCAD", "CAD"), Map.entry("ZJPY", "JPY"), Map.entry("ZAUD", "AUD"),
            Map.entry("ZCHF", "CHF"), Map.entry("MIOTA", "IOTA"), Map.entry("TONCOIN", "TON"),
            Map.entry("RNDR", "RENDER"));

    private Spellings() {
    }

    /** A resolved spelling: the coin, and in words how it was recognised. */
    record Resolved(AliasEntry entry, String how) {
    }

    static Optional<Resolved> resolve(Asset raw, String coinName, BigDecimal unitPrice, PriceLookup prices,
                                      AliasTable table) {
        String symbol = raw.symbol();
        String staking = "";
        Matcher stakingMatch = KRAKEN_STAKING.matcher(symbol);
        if (stakingMatch.matches()) {
            symbol = stakingMatch.group(1);
            staking = "Kraken staking suffix ." + stakingMatch.group(2) + " of ";
            AliasEntry direct = table.get(new Asset(symbol));
            if (direct != null) {
                return Optional.of(new Resolved(direct, staking + symbol));
            }
        }
        String renamed = RENAMED.get(symbol);
        if (renamed != null) {
            AliasEntry entry = table.get(new Asset(renamed));
            if (entry != null) {
                return Optional.of(new Resolved(entry, staking + symbol + " is another name of " + renamed));
            }
        }
        Matcher suffix = NUMERIC_SUFFIX.matcher(symbol);
        if (suffix.matches()) {
            AliasEntry entry = table.get(new Asset(suffix.group(1)));
            boolean agrees = entry != null && (coinName == null
                    ? pricesAgree(unitPrice, prices.usdPrice(entry.symbol()).orElse(null))
                    : entry.agreesWithName(coinName));
            if (agrees) {
                String evidence = coinName == null ? "" : " (name '" + coinName + "' agrees)";
                return Optional.of(new Resolved(entry,
                        staking + "CoinTracking suffix " + suffix.group(2) + " of " + entry.symbol() + evidence));
            }
        }
        return Optional.empty();
    }

    /** Unknown prices do not disagree; known ones agree within a factor of two (cent rounding of dust). */
    private static boolean pricesAgree(BigDecimal suffixed, BigDecimal bare) {
        if (suffixed == null || bare == null) {
            return true;
        }
        BigDecimal ratio = suffixed.divide(bare, Decimals.MC);
        return ratio.compareTo(SAME_COIN_LOW) >= 0 && ratio.compareTo(SAME_COIN_HIGH) <= 0;
    }

    /** Whether the ticker carries a Kraken staking or rewards suffix ({@code DOT.S}, {@code ETH2.S}, {@code USDC.M}). */
    static boolean isStaked(Asset raw) {
        return KRAKEN_STAKING.matcher(raw.symbol()).matches() || raw.symbol().equals("ETH2");
    }

    /** The ticker without a Kraken staking suffix, for rules that look at the bare ticker. */
    static Asset withoutStakingSuffix(Asset raw) {
        Matcher stakingMatch = KRAKEN_STAKING.matcher(raw.symbol());
        return stakingMatch.matches() ? new Asset(stakingMatch.group(1)) : raw;
    }
}
