import type { Kind, Level } from "../../model/catalogue.js";
import { type EnumWords, KIND_WORDS, LEVEL_WORDS, ONLINE_LEVEL_WORDS, pickWord } from "../../words/enum-words.js";
import { formatNumber } from "../../words/format-number.js";
import { pick, type Lang } from "../../model/lang.js";
import type { CatalogueStats, CountRow } from "../../stats/catalogue-stats.js";

export interface StatsRenderOptions {
  lang: Lang;
  /** Colour for a terminal; never for json or md. */
  color?: boolean;
  /** The table's width in columns (default 80). */
  width?: number;
}

/** One table of the report: a title, an optional note under it, a header and rows. */
export interface StatsSection {
  title: string;
  note?: string;
  header: string[];
  align: ("left" | "right")[];
  rows: string[][];
}

export function formatPercent(value: number, lang: Lang): string {
  return `${formatNumber(value, lang)}%`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A level or kind row as the table names it ("Cấp xã", "Commune level"); its own name for a key without words. */
function rowName(table: Readonly<Record<string, EnumWords>>, row: CountRow, lang: Lang): string {
  const words = Object.hasOwn(table, row.key) ? table[row.key] : undefined;
  return capitalise(words ? pickWord(words, lang, "phrase") : row.name);
}

/**
 * The report sentence in the offices' own words ("Tổng số 404 TTHC đang có hiệu lực, trong đó:
 * cấp xã 110 TTHC, …", saying when procedures at several levels count at each), then, when some
 * are abolished, how many the catalogue holds in all, as tthc validate counts them.
 */
export function describeStats(stats: CatalogueStats, lang: Lang): string[] {
  const n = (value: number) => formatNumber(value, lang);
  const pc = (value: number) => formatPercent(value, lang);
  const levels = stats.by_level.filter((r) => r.count > 0);
  const kind = (key: Kind) => stats.by_kind.find((r) => r.key === key)?.count ?? 0;
  const lines: string[] = [];
  if (stats.total === 0) {
    lines.push(pick(lang, { vi: "Tổng số 0 TTHC đang có hiệu lực.", en: "No procedures in force." }));
  } else if (lang === "en") {
    const several = stats.multi_level > 0 ? ` (${n(stats.multi_level)} done at several levels count at each)` : "";
    const parts = [
      levels.map((r) => `${pickWord(LEVEL_WORDS[r.key as Level], "en", "phrase")} ${n(r.count)}`).join(", ") + several,
      ...(kind("lien_thong") > 0 ? [`${n(kind("lien_thong"))} ${KIND_WORDS.lien_thong.phrase.en}`] : []),
      ...(kind("noi_bo") > 0 ? [`${n(kind("noi_bo"))} ${KIND_WORDS.noi_bo.phrase.en}`] : []),
      `${n(stats.online.toan_trinh)} ${ONLINE_LEVEL_WORDS.toan_trinh.phrase.en} (${pc(stats.online_percent.toan_trinh)}), ` +
        `${n(stats.online.mot_phan)} ${ONLINE_LEVEL_WORDS.mot_phan.phrase.en} (${pc(stats.online_percent.mot_phan)})`,
      `${n(stats.postal)} accepting dossiers by post (${pc(stats.postal_percent)})`,
      `${n(stats.with_fee)} with a fee or charge (${pc(stats.with_fee_percent)})`,
    ].filter((p) => p !== "");
    lines.push(`${n(stats.total)} procedures in force: ${parts.join("; ")}.`);
  } else {
    const several = stats.multi_level > 0 ? ` (${n(stats.multi_level)} TTHC thực hiện ở nhiều cấp được tính ở mỗi cấp)` : "";
    const parts = [
      levels.map((r) => `${pickWord(LEVEL_WORDS[r.key as Level], "vi", "phrase")} ${n(r.count)} TTHC`).join(", ") + several,
      ...(kind("lien_thong") > 0 ? [`${n(kind("lien_thong"))} TTHC ${KIND_WORDS.lien_thong.phrase.vi}`] : []),
      ...(kind("noi_bo") > 0 ? [`${n(kind("noi_bo"))} TTHC ${KIND_WORDS.noi_bo.phrase.vi}`] : []),
      `${n(stats.online.toan_trinh)} TTHC trực tuyến ${ONLINE_LEVEL_WORDS.toan_trinh.phrase.vi} (${pc(stats.online_percent.toan_trinh)}), ` +
        `${n(stats.online.mot_phan)} ${ONLINE_LEVEL_WORDS.mot_phan.phrase.vi} (${pc(stats.online_percent.mot_phan)})`,
      `${n(stats.postal)} TTHC tiếp nhận qua bưu chính (${pc(stats.postal_percent)})`,
      `${n(stats.with_fee)} TTHC có thu phí, lệ phí (${pc(stats.with_fee_percent)})`,
    ].filter((p) => p !== "");
    lines.push(`Tổng số ${n(stats.total)} TTHC đang có hiệu lực, trong đó: ${parts.join("; ")}.`);
  }
  if (stats.abolished > 0) {
    // The count tthc validate gives: every procedure in the files, abolished ones too.
    const all = n(stats.total + stats.abolished);
    lines.push(
      pick(lang, {
        vi: `Danh mục lưu ${all} TTHC: ${n(stats.total)} TTHC đang có hiệu lực và ${n(stats.abolished)} TTHC đã bãi bỏ (không tính trong các số liệu trên).`,
        en: `The catalogue holds ${all} procedures: ${n(stats.total)} in force and ${n(stats.abolished)} abolished (not counted above).`,
      }),
    );
  }
  return lines;
}

/** The breakdown tables shared by the table and Markdown renderers. */
export function buildStatsSections(stats: CatalogueStats, lang: Lang): StatsSection[] {
  const n = (value: number) => formatNumber(value, lang);
  const pc = (value: number) => formatPercent(value, lang);
  const count = pick(lang, { vi: "Số TTHC", en: "Procedures" });
  const share = pick(lang, { vi: "Tỷ lệ", en: "Share" });
  const withKey = (rows: CountRow[]) => rows.map((r) => [r.key, r.name, n(r.count), pc(r.percent)]);
  const named = (rows: [string, number, number][]) => rows.map(([name, c, p]) => [name, n(c), pc(p)]);
  const sections: StatsSection[] = [
    {
      title: pick(lang, { vi: "Theo lĩnh vực", en: "By field" }),
      header: [pick(lang, { vi: "Mã", en: "Code" }), pick(lang, { vi: "Lĩnh vực", en: "Field" }), count, share],
      align: ["left", "left", "right", "right"],
      rows: withKey(stats.by_field),
    },
    {
      title: pick(lang, { vi: "Theo cấp thực hiện", en: "By level" }),
      note: pick(lang, {
        vi: `Một TTHC thực hiện ở nhiều cấp được đếm ở mỗi cấp (${n(stats.multi_level)} TTHC như vậy), nên tổng các dòng có thể lớn hơn tổng số TTHC.`,
        en: `A procedure done at several levels counts at each of them (${n(stats.multi_level)} such), so the rows may add up to more than the total.`,
      }),
      header: [pick(lang, { vi: "Cấp", en: "Level" }), count, share],
      align: ["left", "right", "right"],
      rows: named(stats.by_level.filter((r) => r.count > 0).map((r) => [rowName(LEVEL_WORDS, r, lang), r.count, r.percent])),
    },
    {
      title: pick(lang, { vi: "Theo cơ quan có thẩm quyền", en: "By competent agency" }),
      header: [pick(lang, { vi: "Mã", en: "Id" }), pick(lang, { vi: "Cơ quan", en: "Agency" }), count, share],
      align: ["left", "left", "right", "right"],
      rows: withKey(stats.by_agency),
    },
    {
      title: pick(lang, { vi: "Theo loại TTHC", en: "By kind" }),
      header: [pick(lang, { vi: "Loại", en: "Kind" }), count, share],
      align: ["left", "right", "right"],
      rows: named(stats.by_kind.filter((r) => r.count > 0).map((r) => [rowName(KIND_WORDS, r, lang), r.count, r.percent])),
    },
    {
      title: pick(lang, { vi: "Dịch vụ công trực tuyến", en: "Online public services" }),
      note: pick(lang, {
        vi: "TTHC không ghi mức dịch vụ công trực tuyến được tính là không cung cấp trực tuyến.",
        en: "A procedure that records no online service level counts as not online.",
      }),
      header: [pick(lang, { vi: "Mức độ", en: "Level" }), count, share],
      align: ["left", "right", "right"],
      rows: named([
        [capitalise(pickWord(ONLINE_LEVEL_WORDS.toan_trinh, lang, "phrase")), stats.online.toan_trinh, stats.online_percent.toan_trinh],
        [capitalise(pickWord(ONLINE_LEVEL_WORDS.mot_phan, lang, "phrase")), stats.online.mot_phan, stats.online_percent.mot_phan],
        [capitalise(pickWord(ONLINE_LEVEL_WORDS.khong, lang, "phrase")), stats.online.khong, stats.online_percent.khong],
      ]),
    },
    {
      title: pick(lang, { vi: "Bưu chính công ích, phí và lệ phí", en: "Post, fees and charges" }),
      note: pick(lang, {
        vi: `"Có thu phí, lệ phí" gồm cả khoản không ghi số tiền vì mức thu quy định ở văn bản khác (${n(stats.with_fee_amount_elsewhere)} TTHC chỉ có khoản như vậy); khoản ghi 0 đồng là miễn.`,
        en: `"With a fee" includes items without an amount because it is set elsewhere (${n(stats.with_fee_amount_elsewhere)} procedure(s) have only such items); an item of 0 VND is free.`,
      }),
      header: ["", count, share],
      align: ["left", "right", "right"],
      rows: named([
        [pick(lang, { vi: "Tiếp nhận, trả kết quả qua bưu chính", en: "Dossier and result by post" }), stats.postal, stats.postal_percent],
        [pick(lang, { vi: "Có thu phí, lệ phí", en: "With a fee or charge" }), stats.with_fee, stats.with_fee_percent],
      ]),
    },
  ];
  return sections;
}
