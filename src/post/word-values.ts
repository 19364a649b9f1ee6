// How the catalogue's coded values read on a posting sheet. The wording follows the national
// portal (dichvucong.gov.vn) so that a sheet reads like the published procedure.
import type {
  Applicant,
  ChannelKind,
  Deadline,
  DeadlineUnit,
  Fee,
  Kind,
  Level,
  OnlineLevel,
} from "../model/catalogue.js";

const UNITS: Record<DeadlineUnit, string> = {
  ngay_lam_viec: "ngày làm việc",
  ngay: "ngày",
  gio: "giờ",
  thang: "tháng",
};

const CHANNELS: Record<ChannelKind, string> = {
  truc_tiep: "Trực tiếp",
  truc_tuyen: "Trực tuyến",
  buu_chinh: "Dịch vụ bưu chính",
};

const APPLICANTS: Record<Applicant, string> = {
  cong_dan_viet_nam: "Công dân Việt Nam",
  nguoi_nuoc_ngoai: "Người nước ngoài",
  doanh_nghiep: "Doanh nghiệp",
  hop_tac_xa: "Hợp tác xã",
  to_chuc: "Tổ chức",
  can_bo_cong_chuc: "Cán bộ, công chức",
};

const LEVELS: Record<Level, string> = {
  bo: "Cấp bộ",
  tinh: "Cấp tỉnh",
  huyen: "Cấp huyện",
  xa: "Cấp xã",
};

const KINDS: Record<Kind, string> = {
  thong_thuong: "Thủ tục thông thường",
  lien_thong: "Thủ tục liên thông",
  noi_bo: "Thủ tục nội bộ",
};

const ONLINE: Record<OnlineLevel, string> = {
  toan_trinh: "toàn trình",
  mot_phan: "một phần",
  khong: "không",
};

/** What the law wants printed for an element the procedure does not have. */
export const NONE = "Không";

/**
 * A number as Vietnamese print has it: "." between thousands, "," before decimals, and small
 * whole counts on two digits ("03 ngày làm việc", "01 bộ") as decisions write them.
 */
export function wordNumber(value: number, pad = false): string {
  const negative = value < 0;
  const [whole = "0", fraction] = Math.abs(value).toString().split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const padded = pad && fraction === undefined && whole.length === 1 && value !== 0 ? `0${grouped}` : grouped;
  return `${negative ? "-" : ""}${padded}${fraction === undefined ? "" : `,${fraction}`}`;
}

/** "8.000 đồng". */
export function wordAmount(vnd: number): string {
  return `${wordNumber(vnd)} đồng`;
}

/** "03 ngày làm việc": the value and unit alone, as the list sheet shows a deadline. */
export function wordDuration(deadline: Deadline): string {
  return `${wordNumber(deadline.gia_tri, true)} ${UNITS[deadline.don_vi] ?? deadline.don_vi}`;
}

/** "03 ngày làm việc", followed by the deadline's note when it has one. */
export function wordDeadline(deadline: Deadline): string {
  const main = wordDuration(deadline);
  return deadline.ghi_chu ? `${main}. ${deadline.ghi_chu}` : main;
}

/** "Miễn phí" or "8.000 đồng"; undefined when the catalogue gives no amount (set elsewhere). */
export function wordFeeAmount(fee: Fee): string | undefined {
  if (fee.so_tien === undefined) return undefined;
  return fee.so_tien === 0 ? "Miễn phí" : wordAmount(fee.so_tien);
}

/** "Lệ phí đăng ký khai sinh: Miễn phí. Miễn lệ phí khi đăng ký đúng hạn." */
export function wordFee(fee: Fee): string {
  const value = [wordFeeAmount(fee), fee.ghi_chu].filter((part): part is string => Boolean(part)).join(". ");
  return value ? `${fee.ten}: ${value}` : fee.ten;
}

export function wordChannel(kind: ChannelKind): string {
  return CHANNELS[kind] ?? kind;
}

export function wordApplicant(applicant: Applicant): string {
  return APPLICANTS[applicant] ?? applicant;
}

export function wordLevel(level: Level): string {
  return LEVELS[level] ?? level;
}

export function wordKind(kind: Kind): string {
  return KINDS[kind] ?? kind;
}

/** "toàn trình" / "một phần": the online service level, as it follows "Trực tuyến". */
export function wordOnlineLevel(level: OnlineLevel): string {
  return ONLINE[level] ?? level;
}

/** YYYY-MM-DD → dd/mm/yyyy; anything else is printed as given. */
export function wordDate(iso: string): string {
  // A loader using a YAML 1.1 schema may hand over a Date for an unquoted date: accept it too.
  const value: unknown = iso;
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : text;
}
