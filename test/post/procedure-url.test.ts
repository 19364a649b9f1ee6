import { expect, test } from "vitest";
import { procedureUrl } from "../../src/post/procedure-url.js";
import { fullProcedure } from "./full-procedure.js";

test.each([
  [
    "own url wins",
    { muc_do: "toan_trinh" as const, url: "https://dvc.example.vn/tt/1" },
    "https://x.vn/chi-tiet",
    "https://dvc.example.vn/tt/1",
  ],
  ["qr_goc with ma_thu_tuc", { muc_do: "khong" as const }, "https://x.vn/chi-tiet.html", "https://x.vn/chi-tiet.html?ma_thu_tuc=1.001193"],
  ["qr_goc that already has a query", undefined, "https://x.vn/tra-cuu?loai=tthc", "https://x.vn/tra-cuu?loai=tthc&ma_thu_tuc=1.001193"],
  ["bare origin", undefined, "https://dichvucong.gov.vn", "https://dichvucong.gov.vn/?ma_thu_tuc=1.001193"],
  ["no link at all", undefined, undefined, undefined],
])("%s", (_name, service, base, expected) => {
  const procedure = fullProcedure({ dich_vu_cong: service });
  expect(procedureUrl(procedure, { qr_goc: base })).toBe(expected);
});
