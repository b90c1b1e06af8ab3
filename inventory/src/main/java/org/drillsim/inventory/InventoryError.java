package org.drillsim.inventory;

/**
 * One problem in an inventory, located as {@code sheet!cell} (Excel's notation, e.g. {@code 避难场所!D3}).
 *
 * @param sheet the sheet (or CSV file stem)
 * @param cell  the cell or range, e.g. {@code D3} or {@code A1:H1}
 * @param zh    what is wrong, Chinese
 * @param en    what is wrong, English
 */
public record InventoryError(String sheet, String cell, String zh, String en) {

    /** {@code sheet!cell: 中文 / English}. */
    @Override
    public String toString() {
        return sheet + "!" + cell + ": " + zh + " / " + en;
    }

    /** Excel's column letters for a 0-based column index (0 → A, 26 → AA). */
    public static String column(int index) {
        StringBuilder sb = new StringBuilder();
        for (int c = index + 1; c > 0; c = (c - 1) / 26) {
            sb.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return sb.toString();
    }

    /** Excel's cell name for 0-based column and row, e.g. (3, 2) → D3. */
    public static String cell(int col, int row) {
        return column(col) + (row + 1);
    }
}
