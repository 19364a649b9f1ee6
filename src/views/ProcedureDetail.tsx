import { Box, Text } from "ink";

export interface DetailRow {
  readonly text: string;
  readonly heading: boolean;
}

export interface ProcedureDetailProps {
  readonly title: string;
  /** Already wrapped to the terminal width: one row, one line on screen. */
  readonly rows: readonly DetailRow[];
  readonly scroll: number;
  readonly height: number;
  readonly color: boolean;
}

/** One procedure in full: its code and name, then a window of its element rows. */
export function ProcedureDetail({ title, rows, scroll, height, color }: ProcedureDetailProps) {
  return (
    <Box flexDirection="column">
      <Text bold color={color ? "cyan" : undefined} wrap="truncate-end">
        {title}
      </Text>
      {rows.slice(scroll, scroll + height).map((row, i) => (
        <Text key={scroll + i} bold={row.heading} color={color && row.heading ? "yellow" : undefined}>
          {row.text === "" ? " " : row.text}
        </Text>
      ))}
    </Box>
  );
}
