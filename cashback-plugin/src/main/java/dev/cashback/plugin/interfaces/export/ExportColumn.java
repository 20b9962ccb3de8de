package dev.cashback.plugin.interfaces.export;

import java.util.function.Function;

/**
 * One column of an export: its header and the cell of a row (a {@link java.math.BigDecimal} for
 * amounts, so they stay numbers; text for the rest).
 */
public record ExportColumn<T>(String header, Function<T, ?> cell) {}
