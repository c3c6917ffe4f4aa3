package com.cryptorebalancer.app.cli;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
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
    static final Map<String, BigDecimal> DEFAULT_PROFILE = new InlineTargets.Converter().convert(
            "BTC=35,ETH=20,Stablecoins=10,SOL=8,L1/L0 majors=10,L2/Scaling=4,DeFi=5,AI/Data=3,Gaming/NFT=2,Memecoins=2,Others=1")
            .percents();

    /** {@code --target} or {@code --targets}, at most one of them. */
    static final class Choice {

        @Option(names = "--target", paramLabel = "GROUP=PCT,...", converter = InlineTargets.Converter.class,
                description = "Targets inline, percent by group, summing to 100, e.g. \"BTC=40,ETH=25,Stablecoins=35\".")
        InlineTargets inline;

        @Option(names = "--targets", paramLabel = "FILE",
                description = "Targets from a JSON file, e.g. {\"BTC\": 40, \"ETH\": 25, \"Stablecoins\": 35}.")
        Path file;
    }

    /** Whether they came from a file, explicit or not: then every error about them names the file. */
    boolean fromFile() {
        return source.startsWith("file ");
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

    /** As given: toString, not toPlainString, since an unchecked 1e999999999 would be spelled out to a billion digits. */
    private static String describe(Map<String, BigDecimal> percents) {
        return percents.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(",", "\"", "\""));
    }
}
