package com.cryptorebalancer.adapter.out.holdings;

import java.util.ArrayList;
import java.util.List;

/**
 * The names under which a format holds each part of a {@link SourceRow}, as the file spells them:
 * they name the column of a problem. Null for a part the format does not have, or does not take from
 * a column (Current Balance's fixed location).
 */
record Columns(String symbol, String name, String location, String amount, String value, String price) {

    /** The names given, in the order of the parts, without the nulls. */
    public List<String> present() {
        List<String> names = new ArrayList<>(6);
        for (String name : new String[] {symbol, name, location, amount, value, price}) {
            if (name != null) {
                names.add(name);
            }
        }
        return names;
    }
}
