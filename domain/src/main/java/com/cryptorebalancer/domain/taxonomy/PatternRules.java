package com.cryptorebalancer.domain.taxonomy;

import com.cryptorebalancer.domain.money.Asset;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Rules that recognise coins missing from the alias table, only where the evidence makes the answer
 * safe:
 * <ul>
 *   <li><b>stablecoin</b>: a fiat-backed ticker or name (USD, dollar, stable) and a price within 2 % of
 *       1 USD;</li>
 *   <li><b>wrapped, staked or bridged variant</b>: the ticker is a known coin (three letters or more)
 *       with a prefix W, ST, CB, WST or a suffix .E, and either the name says wrapped, staked, bridged
 *       or restaked, or the variant's price is within 0.75x-1.5x of the known coin's.</li>
 * </ul>
 */
final class PatternRules {

    private static final BigDecimal PEG_LOW = new BigDecimal("0.98");
    private static final BigDecimal PEG_HIGH = new BigDecimal("1.02");
    private static final BigDecimal VARIANT_LOW = new BigDecimal("0.75");
    private static final BigDecimal VARIANT_HIGH = new BigDecimal("1.5");
    private static final Pattern FIAT_TICKER = Pattern.compile("USD");
    private static final Pattern FIAT_NAME = Pattern.compile("usd|dollar|stable");
    private static final Pattern VARIANT_NAME = Pattern.compile("wrapped|staked|bridged|restaked|liquid staking");
    private static final List<String> VARIANT_PREFIXES = List.of("WST", "ST", "CB", "W");
    private static final String BRIDGED_SUFFIX = ".E";

    private final Group stablecoins;

    PatternRules(Group stablecoins) {
        this.stablecoins = stablecoins;
    }

    Optional<Classification> classify(Asset symbol, String coinName, BigDecimal unitPrice,
                                      AliasTable table, PriceLookup prices) {
        Optional<Classification> stable = asStablecoin(symbol, coinName, unitPrice);
        return stable.isPresent() ? stable : asVariant(symbol, coinName, unitPrice, table, prices);
    }

    private Optional<Classification> asStablecoin(Asset symbol, String coinName, BigDecimal unitPrice) {
        boolean fiatTicker = FIAT_TICKER.matcher(symbol.symbol()).find();
        boolean fiatName = coinName != null && FIAT_NAME.matcher(coinName.toLowerCase(Locale.ROOT)).find();
        if (!(fiatTicker || fiatName) || unitPrice == null) {
            return Optional.empty();
        }
        if (unitPrice.compareTo(PEG_LOW) < 0 || unitPrice.compareTo(PEG_HIGH) > 0) {
            return Optional.empty();
        }
        return Optional.of(new Classification(symbol, stablecoins, Classification.Basis.PATTERN,
                "fiat-backed " + (fiatTicker ? "ticker" : "name") + " priced " + unitPrice.toPlainString()
                        + " USD, within 2 % of 1 USD"));
    }

    private Optional<Classification> asVariant(Asset symbol, String coinName, BigDecimal unitPrice,
                                               AliasTable table, PriceLookup prices) {
        String ticker = symbol.symbol();
        String base = null;
        if (ticker.endsWith(BRIDGED_SUFFIX)) {
            base = ticker.substring(0, ticker.length() - BRIDGED_SUFFIX.length());
        } else {
            for (String prefix : VARIANT_PREFIXES) {
                if (ticker.startsWith(prefix) && ticker.length() - prefix.length() >= 3) {
                    base = ticker.substring(prefix.length());
                    if (table.get(new Asset(base)) != null) {
                        break;
                    }
                }
            }
        }
        if (base == null || base.length() < 3) {
            return Optional.empty();
        }
        AliasEntry known = table.get(new Asset(base));
        if (known == null) {
            return Optional.empty();
        }
        String evidence = variantEvidence(coinName, unitPrice, prices.usdPrice(known.symbol()).orElse(null));
        if (evidence == null) {
            return Optional.empty();
        }
        return Optional.of(new Classification(symbol, known.group(), Classification.Basis.PATTERN,
                "variant of " + known.symbol() + " (" + evidence + ")"));
    }

    private static String variantEvidence(String coinName, BigDecimal unitPrice, BigDecimal basePrice) {
        if (coinName != null && VARIANT_NAME.matcher(coinName.toLowerCase(Locale.ROOT)).find()) {
            return "name '" + coinName + "'";
        }
        if (unitPrice != null && basePrice != null) {
            BigDecimal ratio = unitPrice.divide(basePrice, com.cryptorebalancer.domain.money.Decimals.MC);
            if (ratio.compareTo(VARIANT_LOW) >= 0 && ratio.compareTo(VARIANT_HIGH) <= 0) {
                return "priced at " + ratio.setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString() + "x the coin";
            }
        }
        return null;
    }
}
