package com.cryptorebalancer.app.cli;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;

/**
 * The targets a plan uses and where they came from, chosen in this order: {@code --target},
 * {@code --targets FILE}, {@code <dataDir>/targets.json} when it exists, else {@link #DEFAULT_PROFILE}.
 *
 * @param source   in words, for the table's header and the notes beside JSON and CSV
 * @param implicit whether the person did not name them (then they are told which were used)
 */
record Targets(Map<String, BigDecimal> percents, String source, boolean implicit) {

    /**
     * The built-in default profile, used when no targets are given anywhere: a core of BTC and ETH,
     * some stablecoins as dry powder, and small satellite allocations. Documented in the README.
     */
    static final Map<String, BigDecimal> DEFAULT_PROFILE = defaultProfile();

    /** {@code --target} or {@code --targets}, at most one of them. */
    static final class Choice {

        @Option(names = "--target", paramLabel = "GROUP=PCT,...", converter = InlineTargets.Converter.class,
                description = "Targets inline, percent by group, summing to 100, e.g. \"BTC=40,ETH=25,Stablecoins=35\".")
        InlineTargets inline;

        @Option(names = "--targets", paramLabel = "FILE",
                description = "Targets from a JSON file, e.g. {\"BTC\": 40, \"ETH\": 25, \"Stablecoins\": 35}.")
        Path file;
    }

    static Targets choose(Choice choice, Path dataDirTargets) {
        if (choice != null && choice.inline != null) {
            return new Targets(choice.inline.percents(), "--target " + describe(choice.inline.percents()), false);
        }
        if (choice != null && choice.file != null) {
            return new Targets(TargetsFile.read(choice.file), "file " + choice.file, false);
        }
        if (Files.exists(dataDirTargets)) {
            return new Targets(TargetsFile.read(dataDirTargets), "file " + dataDirTargets
                    + " (no --target or --targets given)", true);
        }
        return new Targets(DEFAULT_PROFILE, "built-in default profile " + describe(DEFAULT_PROFILE)
                + " (no --target, no --targets, no " + dataDirTargets + ")", true);
    }

    private static String describe(Map<String, BigDecimal> percents) {
        return percents.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().toPlainString())
                .collect(Collectors.joining(",", "\"", "\""));
    }

    private static Map<String, BigDecimal> defaultProfile() {
        Map<String, BigDecimal> profile = new LinkedHashMap<>();
        profile.put("BTC", BigDecimal.valueOf(35));
        profile.put("ETH", BigDecimal.valueOf(20));
        profile.put("Stablecoins", BigDecimal.valueOf(10));
        profile.put("SOL", BigDecimal.valueOf(8));
        profile.put("L1/L0 majors", BigDecimal.valueOf(10));
        profile.put("L2/Scaling", BigDecimal.valueOf(4));
        profile.put("DeFi", BigDecimal.valueOf(5));
        profile.put("AI/Data", BigDecimal.valueOf(3));
        profile.put("Gaming/NFT", BigDecimal.valueOf(2));
        profile.put("Memecoins", BigDecimal.valueOf(2));
        profile.put("Others", BigDecimal.valueOf(1));
        return java.util.Collections.unmodifiableMap(profile);
    }
}
