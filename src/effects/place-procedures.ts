import type { Catalogue, PlacedProcedure, Procedure } from "../model/catalogue.js";

/** Every procedure of a catalogue with its field, in file order then list order. */
export function placeProcedures(catalogue: Catalogue): PlacedProcedure[] {
  const placed: PlacedProcedure[] = [];
  for (const { file, field } of catalogue.fields) {
    field.thu_tuc.forEach((procedure, index) => {
      placed.push({ field: field.ma, fieldName: field.ten, file, index, procedure });
    });
  }
  return placed;
}

/** A procedure with `trang_thai: bai_bo` is not in force; every other one is. */
export function isInForce(procedure: Procedure): boolean {
  return procedure.trang_thai !== "bai_bo";
}
