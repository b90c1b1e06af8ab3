package org.drillsim.world;

import org.drillsim.core.SimTime;

import java.util.List;

/**
 * The residents of one replication: per-cell counts of the in-cell states ({@link PersonState#inCell()})
 * and the global ledger of every state. All moves go through {@link #move}, which keeps the total constant.
 */
public final class Population {
    private static final PersonState[] STATES = PersonState.values();

    private final List<PopulationCell> cells;
    private final long[][] inCell;     // [state ordinal][cell], only for in-cell states
    private final long[] total = new long[STATES.length];
    private final long people;

    /** Everyone starts {@link PersonState#AT_HOME} in their cell. */
    public Population(List<PopulationCell> cells) {
        this.cells = List.copyOf(cells);
        this.inCell = new long[STATES.length][];
        for (PersonState s : STATES) {
            if (s.inCell()) {
                inCell[s.ordinal()] = new long[cells.size()];
            }
        }
        long sum = 0;
        for (PopulationCell c : cells) {
            inCell[PersonState.AT_HOME.ordinal()][c.index()] = c.people();
            sum += c.people();
        }
        total[PersonState.AT_HOME.ordinal()] = sum;
        people = sum;
    }

    /** The cells. */
    public List<PopulationCell> cells() {
        return cells;
    }

    /** Residents in total (constant). */
    public long people() {
        return people;
    }

    /** People in {@code state} everywhere. */
    public long count(PersonState state) {
        return total[state.ordinal()];
    }

    /** People in an in-cell {@code state} in {@code cell}. */
    public long count(int cell, PersonState state) {
        if (!state.inCell()) {
            throw new IllegalArgumentException(state + " is not counted per cell");
        }
        return inCell[state.ordinal()][cell];
    }

    /** People still in the cell (at home, displaced or trapped). */
    public long present(int cell) {
        return inCell[PersonState.AT_HOME.ordinal()][cell] + inCell[PersonState.DISPLACED.ordinal()][cell]
                + inCell[PersonState.TRAPPED.ordinal()][cell];
    }

    /**
     * Moves {@code n} people from one state to another.
     *
     * @param cell the cell of whichever state is in-cell (both if both are), or -1 if neither is
     * @param tMs  simulated time, for the error message
     * @throws IllegalStateException when fewer than {@code n} people are in {@code from} (conservation)
     */
    public void move(int cell, PersonState from, PersonState to, long n, long tMs) {
        if (n < 0) {
            throw new IllegalArgumentException("cannot move a negative number of people: " + n);
        }
        if (n == 0 || from == to) {
            return;
        }
        if ((from.inCell() || to.inCell()) && (cell < 0 || cell >= cells.size())) {
            throw new IllegalArgumentException("move " + from + " -> " + to + " needs a valid cell, got " + cell);
        }
        long have = from.inCell() ? inCell[from.ordinal()][cell] : total[from.ordinal()];
        if (have < n) {
            throw new IllegalStateException("conservation broken at " + SimTime.format(tMs) + ": moving " + n + " "
                    + from.id() + " -> " + to.id() + (from.inCell() ? " in cell " + cell : "") + " but only " + have);
        }
        if (from.inCell()) {
            inCell[from.ordinal()][cell] -= n;
        }
        if (to.inCell()) {
            inCell[to.ordinal()][cell] += n;
        }
        total[from.ordinal()] -= n;
        total[to.ordinal()] += n;
    }

    /** Sum over all states; always equals {@link #people()} (a check for tests). */
    public long sumOfStates() {
        long s = 0;
        for (long v : total) {
            s += v;
        }
        return s;
    }
}
