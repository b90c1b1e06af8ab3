package org.drillsim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class HeapEventListTest {

    /** Random adds (many equal times and priorities), polls and cancels, compared with the TreeMap reference. */
    @Test
    void behavesExactlyLikeTheReferenceList() {
        for (int seed = 0; seed < 20; seed++) {
            SplittableRandom r = new SplittableRandom(seed);
            HeapEventList heap = new HeapEventList(1);
            TreeEventList tree = new TreeEventList();
            List<long[]> handles = new ArrayList<>(); // {heap handle, tree handle}
            PolledEvent a = new PolledEvent();
            PolledEvent b = new PolledEvent();
            long seq = 0;
            long now = 0;
            int timeRange = seed % 2 == 0 ? 5 : 1_000_000; // many ties, or almost none
            for (int op = 0; op < 20_000; op++) {
                int choice = r.nextInt(10);
                if (choice < 5) {
                    long t = now + r.nextInt(timeRange);
                    int p = r.nextInt(3) - 1;
                    Runnable action = () -> { };
                    handles.add(new long[] {heap.add(t, p, seq, "e" + seq, action), tree.add(t, p, seq, "e" + seq, action)});
                    seq++;
                } else if (choice < 8) {
                    assertEquals(tree.firstTime(), heap.firstTime());
                    boolean got = heap.pollFirst(a);
                    assertEquals(tree.pollFirst(b), got);
                    if (got) {
                        assertEquals(b.time, a.time);
                        assertEquals(b.priority, a.priority);
                        assertEquals(b.seq, a.seq);
                        assertEquals(b.label, a.label);
                        assertTrue(a.action == b.action);
                        now = a.time;
                    }
                } else if (!handles.isEmpty()) {
                    long[] h = handles.get(r.nextInt(handles.size()));
                    assertEquals(tree.contains(h[1]), heap.contains(h[0]));
                    assertEquals(tree.cancel(h[1]), heap.cancel(h[0]));
                }
                assertEquals(tree.size(), heap.size());
            }
            while (heap.pollFirst(a)) {
                assertTrue(tree.pollFirst(b));
                assertEquals(b.seq, a.seq);
            }
            assertTrue(tree.isEmpty());
        }
    }

    @Test
    void massCancellationCompactsAndKeepsOrder() {
        HeapEventList heap = new HeapEventList(16);
        long[] handles = new long[10_000];
        for (int i = 0; i < handles.length; i++) {
            handles[i] = heap.add(handles.length - i, 0, i, "e", () -> { });
        }
        for (int i = 0; i < handles.length; i++) {
            if (i % 10 != 0) {
                assertTrue(heap.cancel(handles[i]));
            }
        }
        assertEquals(1_000, heap.size());
        PolledEvent e = new PolledEvent();
        long last = -1;
        int count = 0;
        while (heap.pollFirst(e)) {
            assertTrue(e.time > last);
            assertEquals(0, e.seq % 10);
            last = e.time;
            count++;
        }
        assertEquals(1_000, count);
    }

    @Test
    void clearEmptiesTheListAndItStaysUsable() {
        HeapEventList heap = new HeapEventList(4);
        long h = heap.add(5, 0, 0, "a", () -> { });
        heap.add(6, 0, 1, "b", () -> { });
        heap.clear();
        assertEquals(0, heap.size());
        assertFalse(heap.contains(h));
        assertEquals(Long.MAX_VALUE, heap.firstTime());
        heap.add(3, 0, 2, "c", () -> { });
        PolledEvent e = new PolledEvent();
        assertTrue(heap.pollFirst(e));
        assertEquals("c", e.label);
    }

    /** The hold loop (poll one, add one, same handler) allocates nothing once the arrays are sized. */
    @Test
    void steadyStateHoldLoopAllocatesNothing() {
        HeapEventList heap = new HeapEventList(2_000);
        Runnable handler = () -> { };
        SplittableRandom r = new SplittableRandom(1);
        long[] increments = new long[4096];
        for (int i = 0; i < increments.length; i++) {
            increments[i] = 1 + r.nextInt(1_000_000);
        }
        long seq = 0;
        for (int i = 0; i < 1_000; i++) {
            heap.add(increments[i], 0, seq++, "hold", handler);
        }
        PolledEvent e = new PolledEvent();
        for (int i = 0; i < 200_000; i++) { // warm up (and let the JIT compile)
            heap.pollFirst(e);
            heap.add(e.time + increments[i & 4095], 0, seq++, "hold", handler);
        }
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = mx.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < 1_000_000; i++) {
            heap.pollFirst(e);
            heap.add(e.time + increments[i & 4095], 0, seq++, "hold", handler);
        }
        long bytes = mx.getCurrentThreadAllocatedBytes() - before;
        assertTrue(bytes < 100_000, "allocated " + bytes + " bytes in 1,000,000 hold steps");
    }
}
