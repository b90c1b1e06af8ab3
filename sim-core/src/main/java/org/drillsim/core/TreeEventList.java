package org.drillsim.core;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A plain reference event list on a {@link TreeMap}: obviously correct, allocates per event.
 * Used by tests to cross-check {@link HeapEventList}; not meant for production runs.
 */
public final class TreeEventList implements EventList {
    private record Key(long time, int priority, long seq) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = Long.compare(time, o.time);
            if (c == 0) {
                c = Integer.compare(priority, o.priority);
            }
            return c != 0 ? c : Long.compare(seq, o.seq);
        }
    }

    private record Entry(String label, Runnable action, long handle) {
    }

    private final TreeMap<Key, Entry> events = new TreeMap<>();
    private final Map<Long, Key> byHandle = new HashMap<>();
    private long nextHandle;

    @Override
    public long add(long time, int priority, long seq, String label, Runnable action) {
        if (action == null) {
            throw new IllegalArgumentException("event '" + label + "' has no action");
        }
        long handle = nextHandle++;
        Key key = new Key(time, priority, seq);
        events.put(key, new Entry(label, action, handle));
        byHandle.put(handle, key);
        return handle;
    }

    @Override
    public boolean cancel(long handle) {
        Key key = byHandle.remove(handle);
        return key != null && events.remove(key) != null;
    }

    @Override
    public boolean contains(long handle) {
        return byHandle.containsKey(handle);
    }

    @Override
    public int size() {
        return events.size();
    }

    @Override
    public long firstTime() {
        return events.isEmpty() ? Long.MAX_VALUE : events.firstKey().time();
    }

    @Override
    public boolean pollFirst(PolledEvent out) {
        Map.Entry<Key, Entry> first = events.pollFirstEntry();
        if (first == null) {
            return false;
        }
        byHandle.remove(first.getValue().handle());
        out.time = first.getKey().time();
        out.priority = first.getKey().priority();
        out.seq = first.getKey().seq();
        out.label = first.getValue().label();
        out.action = first.getValue().action();
        return true;
    }

    @Override
    public void clear() {
        events.clear();
        byHandle.clear();
    }
}
