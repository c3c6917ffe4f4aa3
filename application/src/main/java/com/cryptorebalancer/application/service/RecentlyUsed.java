package com.cryptorebalancer.application.service;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The last few values used, by key, for things that never change once stored (snapshots, saved plans):
 * the least recently used one is forgotten first. Safe to share between request threads.
 */
final class RecentlyUsed<K, V> {

    private final Map<K, V> values;

    RecentlyUsed(int capacity) {
        this.values = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized Optional<V> get(K key) {
        return Optional.ofNullable(values.get(key));
    }

    synchronized void put(K key, V value) {
        values.put(key, value);
    }

    synchronized void remove(K key) {
        values.remove(key);
    }
}
