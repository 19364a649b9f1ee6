import type { Channel, ChannelKind, Deadline, Fee, ReviewMark, TextDeadline } from "../model/catalogue.js";
import type { ChannelRow, DeadlineCell, FeeCell } from "./parse-channel-table.js";
import { reviewMark } from "./review-mark.js";
import { saysNothing } from "./says-nothing.js";

export interface ChannelElements {
  /** Statutory deadline: a number and unit when every row agrees, else the rows' text. */
  thoi_han?: Deadline | TextDeadline;
  cach_thuc?: Channel[];
  phi_le_phi?: Fee[];
  marks: ReviewMark[];
}

const ORDER: ChannelKind[] = ["truc_tiep", "truc_tuyen", "buu_chinh"];

/** The column name the portal prints over fees: the only name a fee has there. */
const FEE_NAME = "Phí, lệ phí";

/**
 * The channel table's rows → the format's statutory deadline, channels and fees, with a review
 * mark for each element the rows do not state in a form the format takes. Nothing is assumed:
 * a bare "7" gets no unit, a fee in words gets no amount, and when the channels' deadlines
 * differ no single statutory deadline is made up.
 */
export function buildChannelElements(rows: ChannelRow[], unread: string | undefined, source: string): ChannelElements {
  const marks: ReviewMark[] = [];
  if (rows.length === 0) {
    marks.push(
      reviewMark(
        "cach_thuc",
        "Cổng DVCQG không ghi cách thức thực hiện theo bảng (kênh, thời hạn, phí) nên không đọc được.",
        unread ?? source,
      ),
    );
    marks.push(reviewMark("thoi_han", "Cổng DVCQG không ghi thời hạn giải quyết theo bảng cách thức thực hiện.", unread ?? source));
    marks.push(reviewMark("phi_le_phi", "Cổng DVCQG không ghi phí, lệ phí theo bảng cách thức thực hiện.", unread ?? source));
    return { marks };
  }
  const byChannel = new Map<ChannelKind, ChannelRow[]>();
  for (const row of rows) byChannel.set(row.channel, [...(byChannel.get(row.channel) ?? []), row]);
  const channels = ORDER.filter((c) => byChannel.has(c));
  const severalCases = channels.some((c) => byChannel.get(c)!.length > 1);

  // Deadlines.
  const own = new Map<ChannelKind, Deadline | undefined>(channels.map((c) => [c, singleDeadline(byChannel.get(c)!)]));
  const numeric = [...own.values()];
  const allSame = rows.every((r) => r.deadline.kind === "value") && numeric.every((d) => d !== undefined && sameDeadline(d, numeric[0]!));
  let thoi_han: Deadline | TextDeadline | undefined;
  if (allSame) {
    thoi_han = { gia_tri: numeric[0]!.gia_tri, don_vi: numeric[0]!.don_vi };
    // The rows' own words win over the column: a description that states another deadline
    // (another case, or another unit) keeps the column's value but asks for a review.
    const others = otherStatedDeadlines(rows, thoi_han);
    if (others.length > 0) {
      marks.push(
        reviewMark(
          "thoi_han",
          `Cột Thời gian ghi "${rows[0]!.deadline.text}" nhưng phần mô tả ghi thời hạn khác (${others.join(", ")}): có thể có nhiều trường hợp hoặc một bên ghi sai; cần đối chiếu văn bản gốc.`,
          rowsSource(rows),
        ),
      );
    }
  } else {
    const text = deadlineText(rows, severalCases);
    if (text !== "") thoi_han = { ghi_chu: text };
    marks.push(reviewMark("thoi_han", deadlineReason(rows, severalCases), rowsSource(rows)));
  }

  const cach_thuc: Channel[] = channels.map((kenh) => {
    const channel: Channel = { kenh };
    const deadline = own.get(kenh);
    if (!allSame && deadline) channel.thoi_han = deadline;
    const note = channelNote(byChannel.get(kenh)!);
    if (note !== "") channel.ghi_chu = note;
    return channel;
  });
  if (unread !== undefined)
    marks.push(reviewMark("cach_thuc", "Bảng cách thức thực hiện có phần không đọc được theo hàng (kênh, thời hạn, phí, mô tả).", unread));

  const fees = buildFees(rows, byChannel, channels);
  marks.push(...fees.marks);
  return { ...(thoi_han ? { thoi_han } : {}), cach_thuc, ...(fees.phi_le_phi ? { phi_le_phi: fees.phi_le_phi } : {}), marks };
}

/** A channel's deadline when its rows state one number and unit (the same in every row). */
function singleDeadline(rows: ChannelRow[]): Deadline | undefined {
  const cells = rows.map((r) => r.deadline);
  if (!cells.every((c) => c.kind === "value")) return undefined;
  const first = cells[0] as Extract<DeadlineCell, { kind: "value" }>;
  return cells.every((c) => sameDeadline(c as Deadline, first)) ? { gia_tri: first.gia_tri, don_vi: first.don_vi } : undefined;
}

/** A deadline a description states in words: "03 ngày làm việc", "60 (sáu mươi) ngày", "4 tháng". */
const STATED_DEADLINE = /(\d{1,3})\s*(?:\([^)]{1,20}\)\s*)?(ngày làm việc|ngày|giờ làm việc|giờ|tháng)/giu;
const STATED_UNIT: Record<string, Deadline["don_vi"]> = {
  "ngày làm việc": "ngay_lam_viec",
  ngày: "ngay",
  "giờ làm việc": "gio",
  giờ: "gio",
  tháng: "thang",
};

/** The deadlines the rows' descriptions state that are not `deadline` ("10 ngày làm việc"), once each. */
function otherStatedDeadlines(rows: ChannelRow[], deadline: Deadline): string[] {
  const others = new Set<string>();
  for (const row of rows) {
    for (const m of (row.description ?? "").matchAll(STATED_DEADLINE)) {
      const stated = { gia_tri: Number(m[1]), don_vi: STATED_UNIT[m[2]!.toLocaleLowerCase("vi")]! };
      if (!sameDeadline(stated, deadline)) others.add(`${stated.gia_tri} ${m[2]!.toLocaleLowerCase("vi")}`);
    }
  }
  return [...others];
}

function sameDeadline(a: Deadline, b: Deadline): boolean {
  return a.gia_tri === b.gia_tri && a.don_vi === b.don_vi;
}

/** The deadline cells as text: one when all rows say the same, else channel by channel. */
function deadlineText(rows: ChannelRow[], severalCases: boolean): string {
  const texts = rows.map((r) => r.deadline.text).filter((t) => t !== "");
  if (texts.length === 0) return "";
  if (texts.length === rows.length && texts.every((t) => t === texts[0])) return texts[0]!;
  return rows
    .filter((r) => r.deadline.text !== "")
    .map((r) => `${r.label}: ${r.deadline.text}${severalCases && r.description ? ` (${r.description})` : ""}`)
    .join("; ");
}

function deadlineReason(rows: ChannelRow[], severalCases: boolean): string {
  const kinds = new Set(rows.map((r) => r.deadline.kind));
  const bare = rows.find((r) => r.deadline.kind === "bare");
  if (bare) return `Cổng DVCQG ghi thời hạn "${bare.deadline.text}" không có đơn vị (ngày làm việc, ngày, giờ hay tháng).`;
  if (kinds.has("ambiguous")) return "Cổng DVCQG ghi số của thời hạn liền với số tiền phí nên không tách được thời hạn.";
  if (severalCases) return "Cổng DVCQG ghi nhiều trường hợp với thời hạn khác nhau; định dạng chỉ có một thời hạn giải quyết.";
  if (kinds.has("text")) return "Cổng DVCQG ghi thời hạn bằng lời, không có số và đơn vị.";
  if (kinds.size === 1 && kinds.has("none")) return "Cổng DVCQG không ghi thời hạn giải quyết.";
  if (kinds.has("none")) return "Cổng DVCQG không ghi thời hạn cho một số cách thức.";
  return "Các cách thức ghi thời hạn khác nhau; Cổng DVCQG không ghi thời hạn giải quyết chung.";
}

/** A channel's description; with several cases, each case's deadline before its text. */
function channelNote(rows: ChannelRow[]): string {
  const described = rows.filter((r) => r.description);
  if (rows.length === 1) return rows[0]!.description ?? "";
  const notes = described.map((r) => (r.deadline.text !== "" ? `${r.deadline.text}: ${r.description}` : r.description!));
  return [...new Set(notes)].join("; ");
}

function rowsSource(rows: ChannelRow[]): string {
  return [...new Set(rows.map((r) => r.source))].join(" ");
}

/** Notes that confirm a free cell rather than contradict it. */
const FREE_NOTE = /^(?:miễn|không thu|không phải nộp|không mất|chưa quy định|không quy định|không có)/iu;
/** Amounts a note states: "135.000 đồng", "20.000 vnđ". */
const NOTE_AMOUNT = /(\d{1,3}(?:[.,]\d{3})+|\d+)\s*(?:đồng|vnđ|vnd|đ\b)/giu;

interface FeeEntry {
  fee: Omit<Fee, "ten">;
  channels: string[];
}

function buildFees(
  rows: ChannelRow[],
  byChannel: Map<ChannelKind, ChannelRow[]>,
  channels: ChannelKind[],
): { phi_le_phi?: Fee[]; marks: ReviewMark[] } {
  const marks: ReviewMark[] = [];
  const cells = rows.map((r) => r.fee);
  if (cells.every((c) => c.kind === "free" && (c.note === undefined || saysNothing(c.note)))) return { phi_le_phi: [], marks };
  if (cells.every((c) => c.kind === "none" && (c.note === undefined || saysNothing(c.note)))) {
    marks.push(reviewMark("phi_le_phi", 'Cổng DVCQG ghi phí, lệ phí "Không có thông tin".', rowsSource(rows)));
    return { marks };
  }
  const reasons = new Set<string>();
  const entries = new Map<string, FeeEntry>();
  for (const kenh of channels) {
    for (const row of byChannel.get(kenh)!) {
      const { fee, reason } = feeOf(row.fee);
      if (reason) reasons.add(reason);
      const key = JSON.stringify(fee);
      const entry = entries.get(key);
      if (entry) {
        if (!entry.channels.includes(row.label)) entry.channels.push(row.label);
      } else entries.set(key, { fee, channels: [row.label] });
    }
  }
  const list = [...entries.values()];
  const names = new Set<string>();
  const phi_le_phi = list.map(({ fee, channels: labels }) => {
    let ten = list.length === 1 ? FEE_NAME : `${FEE_NAME} (${labels.join(", ").toLocaleLowerCase("vi")})`;
    for (let n = 2; names.has(ten); n++) ten = `${FEE_NAME} (${labels.join(", ").toLocaleLowerCase("vi")}, trường hợp ${n})`;
    names.add(ten);
    return { ten, ...fee };
  });
  if (reasons.size > 0) marks.push(reviewMark("phi_le_phi", [...reasons].join(" "), rowsSource(rows)));
  return { phi_le_phi, marks };
}

/** One fee cell → the fee without its name, and why it needs review (when it does). */
function feeOf(cell: FeeCell): { fee: Omit<Fee, "ten">; reason?: string } {
  const note = cell.note !== undefined && !saysNothing(cell.note) ? cell.note : undefined;
  switch (cell.kind) {
    case "free":
      if (note === undefined) return { fee: { so_tien: 0 } };
      if (FREE_NOTE.test(note)) return { fee: { so_tien: 0, ghi_chu: note } };
      return {
        fee: { ghi_chu: `${cell.text}. ${note}` },
        reason: 'Cổng DVCQG ghi "Miễn phí" nhưng phần ghi chú nói về mức thu: cần xác định có thu hay không.',
      };
    case "amount": {
      if (cell.currency !== "VND") {
        return {
          fee: { ghi_chu: note ? `${cell.text} (${note})` : cell.text },
          reason: `Mức thu ghi bằng ngoại tệ (${cell.text}); định dạng ghi số tiền bằng đồng.`,
        };
      }
      const stated = note ? [...note.matchAll(NOTE_AMOUNT)].map((m) => Number(m[1]!.replace(/[.,]/g, ""))) : [];
      if (stated.length > 0 && !stated.includes(cell.amount)) {
        return {
          fee: { ghi_chu: `${cell.text} (${note})` },
          reason: `Mức thu trong bảng (${cell.text}) khác mức ghi trong phần ghi chú; cần xác định số tiền đúng.`,
        };
      }
      return { fee: { so_tien: cell.amount, ...(note ? { ghi_chu: note } : {}) } };
    }
    case "none":
      return note
        ? { fee: { ghi_chu: note }, reason: "Cổng DVCQG không ghi mức thu, chỉ có phần ghi chú." }
        : { fee: { ghi_chu: cell.text || "Không có thông tin" }, reason: "Cổng DVCQG không ghi phí, lệ phí cho một số cách thức." };
    case "unread":
      return { fee: { ghi_chu: note ? `${cell.text} (${note})` : cell.text }, reason: `Không đọc được mức thu "${cell.text}".` };
  }
}
