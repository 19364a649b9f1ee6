import { Text } from "ink";

export interface HelpLineProps {
  readonly text: string;
  readonly color: boolean;
}

/** The keys that work on this screen. */
export function HelpLine({ text, color }: HelpLineProps) {
  return (
    <Text dimColor={color} wrap="truncate-end">
      {text}
    </Text>
  );
}
