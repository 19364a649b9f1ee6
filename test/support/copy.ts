/** A deep copy to edit into the HEAD version of a catalogue, so that BASE stays as it was. */
export function copy<T>(value: T): T {
  return structuredClone(value);
}
