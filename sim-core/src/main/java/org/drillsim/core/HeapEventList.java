package org.drillsim.core;

import java.util.Arrays;

/**
 * The default future-event list: a 4-ary min-heap over parallel primitive arrays.
 *
 * <p>Cells past the end of the heap hold sentinels (time and key {@code Long.MAX_VALUE}), so every
 * node has four children to compare and the smallest is chosen with conditional moves instead of
 * unpredictable branches (ties in time fall back to an exact comparison).
 *
 * <p>Each heap entry is three array cells: the time ({@code long}), a packed order key
 * ({@code long}: priority in the high bits, insertion sequence in the low 47 bits) and a slot index
 * ({@code int}) into the payload arrays (label, action). Slots are recycled through a free stack, so
 * in steady state (as many adds as polls) nothing is allocated. A 4-ary heap halves the depth of a
 * binary heap and keeps the four children of a node in adjacent cells (LaMarca and Ladner, 1996,
 * "The influence of caches on the performance of heaps").
 *
 * <p>Cancellation is lazy: a cancelled event's payload is cleared and its heap entry is dropped when it
 * reaches the top; when dead entries outnumber live ones the heap is compacted, so memory stays
 * bounded by about twice the live size. Operations are O(log n).
 *
 * <p>Limits: times must be &ge; 0 (the simulation clock starts at 0), priorities must lie in {@code [-32768, 32767]} and at most 2<sup>47</sup> events can
 * be scheduled over the life of one list.
 */
public final class HeapEventList implements EventList {
    /** Smallest accepted priority. */
    public static final int MIN_PRIORITY = Short.MIN_VALUE;
    /** Largest accepted priority. */
    public static final int MAX_PRIORITY = Short.MAX_VALUE;
    private static final int SEQ_BITS = 47;
    private static final long MAX_SEQ = (1L << SEQ_BITS) - 1;
    private static final int MIN_COMPACT = 1024;

    // heap, in heap order
    private long[] heapTime;
    private long[] heapKey;
    private int[] heapSlot;
    private int heapSize;

    // payload, by slot
    private String[] labels;
    private Runnable[] actions;
    private int[] generation;
    private int[] freeSlots;
    private int freeCount;
    private int slotsUsed;

    private int live;
    // After pollFirst the root entry is a hole (its slot already freed) until the next operation:
    // an add fills it with one sift-down instead of a sift-down plus a sift-up (the hold pattern).
    private boolean holeAtTop;

    /** An empty list with a small initial capacity. */
    public HeapEventList() {
        this(256);
    }

    /** An empty list sized for {@code initialCapacity} pending events (it grows as needed). */
    public HeapEventList(int initialCapacity) {
        int cap = Math.max(16, initialCapacity);
        heapTime = new long[cap];
        heapKey = new long[cap];
        Arrays.fill(heapTime, Long.MAX_VALUE);
        Arrays.fill(heapKey, Long.MAX_VALUE);
        heapSlot = new int[cap];
        labels = new String[cap];
        actions = new Runnable[cap];
        generation = new int[cap];
        freeSlots = new int[cap];
    }

    @Override
    public long add(long time, int priority, long seq, String label, Runnable action) {
        if (priority < MIN_PRIORITY || priority > MAX_PRIORITY) {
            throw new IllegalArgumentException("priority " + priority + " of event '" + label
                    + "' is outside [" + MIN_PRIORITY + ", " + MAX_PRIORITY + "]");
        }
        if (seq < 0 || seq > MAX_SEQ) {
            throw new IllegalArgumentException("sequence number " + seq + " of event '" + label + "' is outside [0, 2^47)");
        }
        if (action == null) {
            throw new IllegalArgumentException("event '" + label + "' has no action");
        }
        if (time < 0) {
            throw new IllegalArgumentException("event '" + label + "' at negative time " + time + " ms");
        }
        int slot = allocateSlot();
        labels[slot] = label;
        actions[slot] = action;
        long key = ((long) (priority - MIN_PRIORITY) << SEQ_BITS) | seq;
        if (holeAtTop) {
            holeAtTop = false;
            siftDown(0, time, key, slot);
        } else {
            if (heapSize + 4 >= heapTime.length) {
                growHeap();
            }
            siftUp(heapSize++, time, key, slot);
        }
        live++;
        return ((long) generation[slot] << 32) | slot;
    }

    @Override
    public boolean cancel(long handle) {
        if (!contains(handle)) {
            return false;
        }
        int slot = (int) handle;
        actions[slot] = null;
        labels[slot] = null;
        live--;
        int dead = heapSize - live;
        if (dead > MIN_COMPACT && dead > live) {
            settle();
            compact();
        }
        return true;
    }

    @Override
    public boolean contains(long handle) {
        int slot = (int) handle;
        return slot >= 0 && slot < slotsUsed && generation[slot] == (int) (handle >>> 32) && actions[slot] != null;
    }

    @Override
    public int size() {
        return live;
    }

    @Override
    public long firstTime() {
        settle();
        dropDeadTop();
        return heapSize == 0 ? Long.MAX_VALUE : heapTime[0];
    }

    @Override
    public boolean pollFirst(PolledEvent out) {
        settle();
        dropDeadTop();
        if (heapSize == 0) {
            return false;
        }
        int slot = heapSlot[0];
        long key = heapKey[0];
        out.time = heapTime[0];
        out.priority = (int) (key >>> SEQ_BITS) + MIN_PRIORITY;
        out.seq = key & MAX_SEQ;
        out.label = labels[slot];
        out.action = actions[slot];
        live--;
        freeSlot(slot);
        holeAtTop = true;
        return true;
    }

    @Override
    public void clear() {
        settle();
        Arrays.fill(labels, 0, slotsUsed, null);
        Arrays.fill(actions, 0, slotsUsed, null);
        for (int i = 0; i < heapSize; i++) {
            freeSlot(heapSlot[i]);
        }
        Arrays.fill(heapTime, 0, heapSize, Long.MAX_VALUE);
        Arrays.fill(heapKey, 0, heapSize, Long.MAX_VALUE);
        heapSize = 0;
        live = 0;
    }

    private void dropDeadTop() {
        while (heapSize > 0 && actions[heapSlot[0]] == null) {
            removeTop();
        }
    }

    /** Removes the hole left at the root by the last poll, if any. */
    private void settle() {
        if (holeAtTop) {
            holeAtTop = false;
            removeRoot();
        }
    }

    /** Removes heap entry 0 and frees its slot. */
    private void removeTop() {
        freeSlot(heapSlot[0]);
        removeRoot();
    }

    private void removeRoot() {
        int last = --heapSize;
        long time = heapTime[last];
        long key = heapKey[last];
        int slot = heapSlot[last];
        heapTime[last] = Long.MAX_VALUE; // the vacated cell becomes a sentinel
        heapKey[last] = Long.MAX_VALUE;
        if (last > 0) {
            siftDown(0, time, key, slot);
        }
    }

    private void siftUp(int hole, long time, long key, int slot) {
        long[] ht = heapTime;
        long[] hk = heapKey;
        int[] hs = heapSlot;
        while (hole > 0) {
            int parent = (hole - 1) >>> 2;
            long pt = ht[parent];
            if (pt < time || (pt == time && hk[parent] < key)) {
                break;
            }
            ht[hole] = pt;
            hk[hole] = hk[parent];
            hs[hole] = hs[parent];
            hole = parent;
        }
        ht[hole] = time;
        hk[hole] = key;
        hs[hole] = slot;
    }

    private void siftDown(int hole, long time, long key, int slot) {
        long[] ht = heapTime;
        long[] hk = heapKey;
        int[] hs = heapSlot;
        int n = heapSize;
        while (true) {
            int c = (hole << 2) + 1;
            if (c >= n) {
                break;
            }
            // The four children always exist: cells past the end hold sentinels (MAX_VALUE, MAX_VALUE).
            // The minimum is picked with arithmetic rather than unpredictable branches.
            long t0 = ht[c];
            long t1 = ht[c + 1];
            long t2 = ht[c + 2];
            long t3 = ht[c + 3];
            // Times are >= 0 and sentinels are MAX_VALUE, so differences cannot overflow: the sign bit
            // of (x - y) says x < y, and min(x, y) = y + ((x - y) & sign mask).
            long d01 = t1 - t0;
            long d23 = t3 - t2;
            int a = c + (int) (d01 >>> 63);
            long ta = t0 + (d01 & (d01 >> 63));
            int b = c + 2 + (int) (d23 >>> 63);
            long tb = t2 + (d23 & (d23 >> 63));
            long dab = tb - ta;
            long lessMask = dab >> 63;
            int best = a + ((b - a) & (int) lessMask);
            long bt = ta + (dab & lessMask);
            if (t0 == t1 || t2 == t3 || ta == tb) {
                best = exactMinChild(c);
                bt = ht[best];
            }
            long bk = hk[best];
            if (time < bt || (time == bt && key < bk)) {
                break;
            }
            ht[hole] = bt;
            hk[hole] = bk;
            hs[hole] = hs[best];
            hole = best;
        }
        ht[hole] = time;
        hk[hole] = key;
        hs[hole] = slot;
    }

    /** The child of the four at {@code first} with the smallest (time, key): the slow path for equal times. */
    private int exactMinChild(int first) {
        int best = first;
        for (int c = first + 1; c < first + 4; c++) {
            if (heapTime[c] < heapTime[best] || (heapTime[c] == heapTime[best] && heapKey[c] < heapKey[best])) {
                best = c;
            }
        }
        return best;
    }

    /** Drops every dead entry and rebuilds the heap bottom-up (Floyd), O(n). */
    private void compact() {
        int n = 0;
        for (int i = 0; i < heapSize; i++) {
            int slot = heapSlot[i];
            if (actions[slot] == null) {
                freeSlot(slot);
            } else {
                heapTime[n] = heapTime[i];
                heapKey[n] = heapKey[i];
                heapSlot[n] = slot;
                n++;
            }
        }
        Arrays.fill(heapTime, n, heapSize, Long.MAX_VALUE);
        Arrays.fill(heapKey, n, heapSize, Long.MAX_VALUE);
        heapSize = n;
        for (int i = (n - 2) >>> 2; n > 1 && i >= 0; i--) {
            siftDown(i, heapTime[i], heapKey[i], heapSlot[i]);
        }
    }

    private void growHeap() {
        int old = heapTime.length;
        int cap = old * 2;
        heapTime = Arrays.copyOf(heapTime, cap);
        heapKey = Arrays.copyOf(heapKey, cap);
        heapSlot = Arrays.copyOf(heapSlot, cap);
        Arrays.fill(heapTime, old, cap, Long.MAX_VALUE);
        Arrays.fill(heapKey, old, cap, Long.MAX_VALUE);
    }

    private int allocateSlot() {
        if (freeCount > 0) {
            return freeSlots[--freeCount];
        }
        if (slotsUsed == labels.length) {
            int cap = labels.length * 2;
            labels = Arrays.copyOf(labels, cap);
            actions = Arrays.copyOf(actions, cap);
            generation = Arrays.copyOf(generation, cap);
            freeSlots = Arrays.copyOf(freeSlots, cap);
        }
        return slotsUsed++;
    }

    private void freeSlot(int slot) {
        labels[slot] = null;
        actions[slot] = null;
        generation[slot]++; // stale handles no longer match
        freeSlots[freeCount++] = slot;
    }
}
