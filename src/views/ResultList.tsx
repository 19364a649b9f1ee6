import { Box, Text } from "ink";

export interface ResultRow {
  readonly code: string;
  readonly name: string;
  readonly field: string;
  /** Shown after the name when the procedure is abolished, e.g. "(đã bãi bỏ)". */
  readonly note?: string;
}

export interface ResultListProps {
  readonly rows: readonly ResultRow[];
  readonly selected: number;
  /** How many rows fit; the list scrolls to keep the selected row in view. */
  readonly height: number;
  readonly color: boolean;
  readonly emptyText: string;
}

/** The first row to show so that `selected` stays in view, near the middle once the list scrolls. */
export function windowStart(selected: number, count: number, height: number): number {
  return Math.max(0, Math.min(selected - Math.floor(height / 2), count - height));
}

/** The matching procedures, one a line, the selected one marked with "›". */
export function ResultList({ rows, selected, height, color, emptyText }: ResultListProps) {
  if (rows.length === 0) return <Text dimColor={color}>{emptyText}</Text>;
  const start = windowStart(selected, rows.length, height);
  const codeWidth = Math.max(...rows.map((r) => r.code.length));
  return (
    <Box flexDirection="column">
      {rows.slice(start, start + height).map((row, i) => {
        const isSelected = start + i === selected;
        return (
          <Text key={`${start + i}:${row.code}`} wrap="truncate-end" inverse={color && isSelected} bold={!color && isSelected}>
            {isSelected ? "› " : "  "}
            {row.code.padEnd(codeWidth)} {row.name}
            {row.note ? ` ${row.note}` : ""}
            <Text dimColor={color}> · {row.field}</Text>
          </Text>
        );
      })}
    </Box>
  );
}
