package com.cryptorebalancer.domain.taxonomy;

import com.cryptorebalancer.domain.money.Asset;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** One line of the alias table: a coin's ticker, its group, and the full names it is known by. */
public record AliasEntry(Asset symbol, Group group, List<String> names) {

    public AliasEntry {
        Objects.requireNonNull(symbol, "alias needs a symbol");
        Objects.requireNonNull(group, "alias " + symbol + " needs a group");
        names = List.copyOf(names);
    }

    public static AliasEntry of(Asset symbol, Group group) {
        return new AliasEntry(symbol, group, List.of());
    }

    public AliasEntry inGroup(Group newGroup) {
        return new AliasEntry(symbol, newGroup, names);
    }

    /**
     * Whether a full name printed by an export ("Polkadot", "Solana (SOL)") agrees with this coin: the
     * names are compared on letters and digits only; they agree when equal, or when one contains the
     * other and the shorter has at least four characters. With no known
     * names, only the ticker itself can agree.
     */
    public boolean agreesWithName(String printedName) {
        String printed = lettersAndDigits(printedName);
        if (printed.isEmpty()) {
            return false;
        }
        if (printed.equals(lettersAndDigits(symbol.symbol()))) {
            return true;
        }
        for (String name : names) {
            String known = lettersAndDigits(name);
            if (known.equals(printed) || containsLongEnough(known, printed)) {
                return true;
            }
        }
        return false;
    }

    /** Containment counts only when the shorter name has at least four characters ("sol" is not "Solana"). */
    private static boolean containsLongEnough(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return shorter.length() >= 4 && longer.contains(shorter);
    }

    /** The first known name, or the ticker when none is known. */
    public String displayName() {
        return names.isEmpty() ? symbol.symbol() : names.get(0);
    }

    static String lettersAndDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
