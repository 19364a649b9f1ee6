import { Box, Text } from "ink";

export interface SearchBoxProps {
  readonly label: string;
  readonly query: string;
  readonly placeholder: string;
  readonly color: boolean;
}

/** The query line: a label, what was typed (or a hint when nothing was), a cursor. */
export function SearchBox({ label, query, placeholder, color }: SearchBoxProps) {
  return (
    <Box>
      <Text bold={color}>{label} </Text>
      {query === "" ? <Text dimColor={color}>{placeholder}</Text> : <Text>{query}</Text>}
      <Text>█</Text>
    </Box>
  );
}
