package com.cryptorebalancer.domain.location;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Decides the {@link LocationKind} of a location from its name.
 *
 * <p>First a person's explicit choices ({@link #withKind}), then the rule table, first match wins.
 * The default table ({@link #defaults()}) is, in order:
 * <ol>
 *   <li>hardware wallet brands (Ledger, Trezor, ...), including their staked accounts
 *       ("Ledger Wallets Staked");</li>
 *   <li>"Manual" / "Manually";</li>
 *   <li>software wallet brands (Metamask, Phantom, ..., and exchanges' own wallets such as
 *       "Coinbase Wallet");</li>
 *   <li>an exchange name followed by an earn word (Earn, Staking, Savings, ...): exchange earn;</li>
 *   <li>an exchange name, alone or with a sub-account (Spot, Funding, Futures, Margin): exchange spot;</li>
 *   <li>"Chain - App" names ("Solana - StepN"), CoinTracking's blockchain imports ("DOGE Transaction")
 *       and known DeFi apps: chain/app wallet;</li>
 *   <li>any other name containing "wallet": software wallet;</li>
 *   <li>everything else: unknown.</li>
 * </ol>
 */
public final class LocationRules {

    private static final String EXCHANGES = "(binance(\\.us| us)?|kraken|coinbase( pro| advanced)?|bitget|okx|okex"
            + "|bybit|kucoin|gate(\\.io)?|huobi|htx|bitfinex|bitstamp|gemini|crypto\\.com|mexc|poloniex|bittrex"
            + "|bitvavo|swissborg|bitpanda|upbit|bithumb|bitmart|lbank|whitebit|bingx|phemex|deribit|bitmex"
            + "|hitbtc|probit|ascendex|cex\\.io|nexo|blockfi|celsius|uphold|revolut|etoro|robinhood|luno"
            + "|bitflyer|liquid|ftx|coinmerce|bitso|btcturk|wazirx|coindcx|indodax|bitkub|coincheck|bitbank"
            + "|korbit|coinone|bitrue|coinex|digifinex|bitbns|paribu|zonda|bitonic|bison|young platform"
            + "|coinjar|independent reserve|btc markets|kraken pro|binance tr|bitstamp pro)";

    private static final List<LocationRule> DEFAULT_RULES = List.of(
            LocationRule.of("^(ledger|trezor|keystone|bitbox|coldcard|ellipal|ngrave|keepkey|safepal s1|tangem"
                    + "|gridplus|onekey|cypherock|foundation passport)\\b",
                    LocationKind.HARDWARE_WALLET, "hardware wallet brand"),
            LocationRule.of("^manual(ly)?\\b", LocationKind.MANUAL, "entered by hand"),
            LocationRule.of("^(metamask|trust ?wallet|exodus|phantom|rabby|coinbase wallet|okx wallet|bitget wallet"
                    + "|binance web3|electrum|atomic ?wallet|keplr|solflare|backpack|rainbow|zerion|argent|xdefi"
                    + "|ctrl wallet|tonkeeper|yoroi|daedalus|temple|talisman|subwallet|leap wallet|petra|xverse"
                    + "|unisat|sparrow|bluewallet|wasabi|guarda|coinomi|mycelium|jaxx|zengo|safepal|math wallet"
                    + "|tokenpocket|imtoken|frame wallet|rainbow wallet|sui wallet|martian|braavos|nami|eternl)\\b",
                    LocationKind.SOFTWARE_WALLET, "software wallet brand"),
            LocationRule.of("^" + EXCHANGES + "\\b.*\\b(earn|staking|staked|stake|savings|simple earn|flexible"
                    + "|locked|launchpool|lending|yield|vault)\\b",
                    LocationKind.EXCHANGE_EARN, "exchange earn or staking account"),
            LocationRule.of("^" + EXCHANGES + "\\b", LocationKind.EXCHANGE_SPOT, "exchange account"),
            LocationRule.of("^[^ ]+( [^ ]+)? - ", LocationKind.APP_WALLET, "'Chain - App' wallet"),
            LocationRule.of("\\btransactions?$", LocationKind.APP_WALLET, "blockchain address import"),
            LocationRule.of("^(anchor|hatom|aave|compound|lido|uniswap|pancakeswap|curve|convex|yearn"
                    + "|nexus protocol|rocket ?pool|jito|marinade|raydium|orca|jupiter|gmx|stepn|walken|axie"
                    + "|ronin|osmosis|stride|kamino|eigenlayer|pendle|ethena|morpho|spark|makerdao|sky)\\b",
                    LocationKind.APP_WALLET, "DeFi or game app"),
            LocationRule.of("\\bwallets?\\b", LocationKind.SOFTWARE_WALLET, "a wallet of unknown brand"));

    private static final LocationRules DEFAULTS = new LocationRules(Map.of(), DEFAULT_RULES);

    private final Map<String, LocationKind> explicitKinds;
    private final List<LocationRule> rules;

    private LocationRules(Map<String, LocationKind> explicitKinds, List<LocationRule> rules) {
        this.explicitKinds = Map.copyOf(explicitKinds);
        this.rules = List.copyOf(rules);
    }

    public static LocationRules defaults() {
        return DEFAULTS;
    }

    /** The same rules, with one location's kind decided by a person (name matched after normalising). */
    public LocationRules withKind(String locationName, LocationKind kind) {
        Objects.requireNonNull(kind, "kind must not be null");
        Map<String, LocationKind> copy = new HashMap<>(explicitKinds);
        copy.put(Location.keyOf(locationName), kind);
        return new LocationRules(copy, rules);
    }

    /** The location a raw name from a file stands for. */
    public Location locate(String rawName) {
        String name = Location.displayName(rawName);
        String key = name.toLowerCase(java.util.Locale.ROOT);
        return new Location(key, name, kindOf(key));
    }

    private LocationKind kindOf(String key) {
        LocationKind explicit = explicitKinds.get(key);
        if (explicit != null) {
            return explicit;
        }
        for (LocationRule rule : rules) {
            if (rule.matches(key)) {
                return rule.kind();
            }
        }
        return LocationKind.UNKNOWN;
    }

    /** The kinds a person chose by name, keyed by normalised name. */
    public Map<String, LocationKind> explicitKinds() {
        return explicitKinds;
    }

    public List<LocationRule> rules() {
        return rules;
    }
}
