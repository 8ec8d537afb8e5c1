package dev.notegraph.importer.extract;

import java.util.function.IntConsumer;

/**
 * Counts for unordered concept pairs in an open-addressing table of primitives: co-occurrence counting meets
 * millions of pairs on a large corpus, and boxed keys in a HashMap made it the analyzer's hottest loop.
 */
final class PairCounts {

    private static final long EMPTY = -1L;

    private long[] keys = new long[1 << 16];
    private int[] counts = new int[keys.length];
    private int[] firsts = new int[keys.length];
    private int size;

    PairCounts() {
        java.util.Arrays.fill(keys, EMPTY);
    }

    static long key(int a, int b) {
        return a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
    }

    static int first(long key) {
        return (int) (key >>> 32);
    }

    static int second(long key) {
        return (int) key;
    }

    /** Counts one meeting of the pair; {@code where} is remembered for its first meeting. */
    void add(int a, int b, int where) {
        if (size * 2 >= keys.length) {
            grow();
        }
        long key = key(a, b);
        int slot = slot(keys, key);
        if (keys[slot] == EMPTY) {
            keys[slot] = key;
            firsts[slot] = where;
            size++;
        }
        counts[slot]++;
    }

    int count(long key) {
        int slot = slot(keys, key);
        return keys[slot] == EMPTY ? 0 : counts[slot];
    }

    int firstWhere(long key) {
        return firsts[slot(keys, key)];
    }

    /** Visits the slot of every pair; read it with {@link #keyAt} and {@link #countAt}. */
    void forEach(IntConsumer slotVisitor) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                slotVisitor.accept(i);
            }
        }
    }

    long keyAt(int slot) {
        return keys[slot];
    }

    int countAt(int slot) {
        return counts[slot];
    }

    private static int slot(long[] table, long key) {
        int mask = table.length - 1;
        int slot = (int) (mix(key) & mask);
        while (table[slot] != EMPTY && table[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private static long mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 29);
    }

    private void grow() {
        var oldKeys = keys;
        var oldCounts = counts;
        var oldFirsts = firsts;
        keys = new long[oldKeys.length * 2];
        counts = new int[keys.length];
        firsts = new int[keys.length];
        java.util.Arrays.fill(keys, EMPTY);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = slot(keys, oldKeys[i]);
                keys[slot] = oldKeys[i];
                counts[slot] = oldCounts[i];
                firsts[slot] = oldFirsts[i];
            }
        }
    }
}
