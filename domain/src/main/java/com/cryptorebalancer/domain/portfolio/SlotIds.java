package com.cryptorebalancer.domain.portfolio;

/**
 * Numbers the (coin id, location id) pairs in the order they are first seen. An open-addressing table
 * of primitive keys: a map of boxed keys was the slowest part of classifying 100,000 holdings.
 */
final class SlotIds {

    /** Marks an empty cell; stored keys are the packed pair plus one, so never zero. */
    private static final long EMPTY = 0L;
    private static final long MIX = 0x9E3779B97F4A7C15L;

    private long[] keys = new long[256];
    private int[] ids = new int[256];
    private int size;

    /** The id of the pair: the one it was given, or the next one when it is new. */
    int idOf(int coinId, int locationId) {
        long key = ((long) coinId << 32 | locationId) + 1;
        int mask = keys.length - 1;
        int cell = hash(key) & mask;
        while (keys[cell] != EMPTY) {
            if (keys[cell] == key) {
                return ids[cell];
            }
            cell = (cell + 1) & mask;
        }
        int id = size++;
        keys[cell] = key;
        ids[cell] = id;
        if (size * 2 > keys.length) {
            grow();
        }
        return id;
    }

    int size() {
        return size;
    }

    private static int hash(long key) {
        return (int) ((key * MIX) >>> 32);
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldIds = ids;
        keys = new long[oldKeys.length * 2];
        ids = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int cell = hash(oldKeys[i]) & mask;
                while (keys[cell] != EMPTY) {
                    cell = (cell + 1) & mask;
                }
                keys[cell] = oldKeys[i];
                ids[cell] = oldIds[i];
            }
        }
    }
}
