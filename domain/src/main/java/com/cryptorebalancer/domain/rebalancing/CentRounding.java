package com.cryptorebalancer.domain.rebalancing;

import com.cryptorebalancer.domain.money.Decimals;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Rounds a set of exact amounts to cents so that their total is exactly a given number of cents:
 * every amount is rounded down, then the cents still missing go one by one to the amounts that lost
 * the most, never past an amount's cap (largest-remainder method). This keeps a group's trades adding
 * up to the group's amount instead of losing up to a cent per trade.
 */
final class CentRounding {

    private static final BigDecimal CENT = new BigDecimal("0.01");

    /**
     * Rounds signed amounts to cents so that they add up to their exact total rounded to the cent: each is
     * rounded half-even, then the cents still missing (or in excess) go to (or come from) the amounts that
     * rounding moved the most the other way. Ties go to the earlier amount.
     */
    static List<BigDecimal> sumPreserving(List<BigDecimal> exact) {
        int size = exact.size();
        List<BigDecimal> rounded = new ArrayList<>(size);
        BigDecimal exactTotal = BigDecimal.ZERO;
        BigDecimal roundedTotal = BigDecimal.ZERO;
        BigDecimal[] error = new BigDecimal[size];
        for (int i = 0; i < size; i++) {
            BigDecimal cents = Decimals.cents(exact.get(i));
            rounded.add(cents);
            error[i] = exact.get(i).subtract(cents);
            exactTotal = exactTotal.add(exact.get(i));
            roundedTotal = roundedTotal.add(cents);
        }
        long off = Decimals.cents(exactTotal).subtract(roundedTotal).movePointRight(Decimals.USD_SCALE).longValueExact();
        Integer[] order = new Integer[size];
        Arrays.setAll(order, i -> i);
        // when cents are missing, those rounded down the most get one; when in excess, those rounded up the most give one
        Arrays.sort(order, (a, b) -> off > 0 ? error[b].compareTo(error[a]) : error[a].compareTo(error[b]));
        BigDecimal step = off > 0 ? CENT : CENT.negate();
        for (int k = 0; k < Math.abs(off) && k < size; k++) {
            rounded.set(order[k], rounded.get(order[k]).add(step));
        }
        return rounded;
    }

    private CentRounding() {
    }

    /**
     * @param exact  the exact amounts
     * @param caps   the most each amount may become (what a holding has), same order
     * @param total  the total to reach, in whole cents, at most the sum of the exact amounts rounded down
     * @return the amounts in whole cents, same order
     */
    static List<BigDecimal> toCents(List<BigDecimal> exact, List<BigDecimal> caps, BigDecimal total) {
        List<BigDecimal> rounded = new ArrayList<>(exact.size());
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal amount : exact) {
            BigDecimal down = Decimals.centsDown(amount);
            rounded.add(down);
            sum = sum.add(down);
        }
        long missing = total.subtract(sum).movePointRight(Decimals.USD_SCALE).longValueExact();
        if (missing <= 0) {
            return rounded;
        }
        int size = exact.size();
        BigDecimal[] lost = new BigDecimal[size];
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            lost[i] = exact.get(i).subtract(rounded.get(i));
            order[i] = i;
        }
        // who lost the most to rounding down gets a cent first; ties go to the earlier amount (the sort is stable)
        Arrays.sort(order, (a, b) -> lost[b].compareTo(lost[a]));
        for (int k = 0; k < size && missing > 0; k++) {
            int i = order[k];
            BigDecimal up = rounded.get(i).add(CENT);
            if (up.compareTo(caps.get(i)) <= 0 && lost[i].signum() > 0) {
                rounded.set(i, up);
                missing--;
            }
        }
        return rounded;
    }
}
