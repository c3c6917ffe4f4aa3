package com.cryptorebalancer.app.cli;

import com.cryptorebalancer.application.port.in.InvalidCommandException;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.rebalancing.PrimaryCoin;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The value of one {@code --primary}: {@code "GROUP=COIN[:WEIGHT],COIN[:WEIGHT]"}, the coins that
 * receive a group's buys in proportion to their weights (1 when not given), e.g.
 * {@code "SOL=SOL:3,JITOSOL"} buys SOL and JITOSOL 3 to 1.
 */
record PrimarySpec(String group, List<PrimaryCoin> coins) {

    /** All {@code --primary} options by group, refusing a group given twice. */
    static Map<String, List<PrimaryCoin>> byGroup(List<PrimarySpec> specs) {
        Map<String, List<PrimaryCoin>> byGroup = new LinkedHashMap<>();
        for (PrimarySpec spec : specs) {
            boolean repeated = byGroup.keySet().stream().anyMatch(spec.group::equalsIgnoreCase);
            if (repeated) {
                throw new InvalidCommandException("primaries", "--primary: group '" + spec.group
                        + "' is given twice; list all its coins in one --primary");
            }
            byGroup.put(spec.group, spec.coins);
        }
        return byGroup;
    }

    static final class Converter implements ITypeConverter<PrimarySpec> {
        @Override
        public PrimarySpec convert(String value) {
            int equals = value.indexOf('=');
            if (equals <= 0 || value.substring(0, equals).isBlank() || value.substring(equals + 1).isBlank()) {
                throw new TypeConversionException("'" + value + "': expected GROUP=COIN[:WEIGHT],COIN[:WEIGHT], e.g. SOL=SOL:3,JITOSOL");
            }
            List<PrimaryCoin> coins = new ArrayList<>();
            for (String token : value.substring(equals + 1).split(",", -1)) {
                PrimaryCoin coin = coin(token.strip());
                if (coins.stream().anyMatch(c -> c.coin().equals(coin.coin()))) {
                    throw new TypeConversionException("'" + value + "': coin " + coin.coin() + " is listed twice");
                }
                coins.add(coin);
            }
            return new PrimarySpec(value.substring(0, equals).strip(), coins);
        }

        private static PrimaryCoin coin(String token) {
            String[] parts = token.split(":", -1);
            if (token.isEmpty() || parts.length > 2 || parts[0].isBlank()) {
                throw new TypeConversionException("'" + token + "': expected COIN or COIN:WEIGHT");
            }
            BigDecimal weight = parts.length == 2 ? Converters.number(parts[1], "'" + token + "': ") : BigDecimal.ONE;
            try {
                return new PrimaryCoin(Asset.of(parts[0]), weight);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + token + "': " + e.getMessage());
            }
        }
    }
}
