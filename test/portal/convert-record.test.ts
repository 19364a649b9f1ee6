// One record → one procedure: every element the record states, and a review mark with the
// record's own text for every element it does not state readably. Nothing invented.
import { describe, expect, test } from "vitest";
import { buildChannelElements } from "../../src/portal/build-channel-elements.js";
import { convertRecord } from "../../src/portal/convert-record.js";
import { parseChannelTable } from "../../src/portal/parse-channel-table.js";
import { allFixtureRecords, fixtureRecord } from "./fixtures.js";

const H = "Hình thức nộpThời gianPhí, lệ phíMô tả";
const marksOf = (p: { can_ra_soat?: { thanh_phan: string }[] }) => (p.can_ra_soat ?? []).map((m) => m.thanh_phan);

describe("convertRecord", () => {
  test("a record that states everything imports clean", () => {
    const { procedure, documents, field, note } = convertRecord(fixtureRecord("1.000001"));
    expect(field).toBe("Hộ tịch"); // NFD in the record
    expect(procedure.can_ra_soat).toBeUndefined();
    expect(procedure).toMatchObject({
      ma: "1.000001",
      cap: ["xa"],
      doi_tuong: ["cong_dan_viet_nam"],
      co_quan: { tham_quyen: "Ủy ban nhân dân cấp xã" },
      trinh_tu: [{ chu_the: "nguoi_dan" }, { chu_the: "co_quan" }, { chu_the: "nguoi_dan" }],
      thoi_han: { gia_tri: 3, don_vi: "ngay_lam_viec" },
      cach_thuc: [{ kenh: "truc_tiep" }, { kenh: "truc_tuyen", ghi_chu: "Nộp trên Cổng Dịch vụ công quốc gia." }],
      thanh_phan_ho_so: [
        { ten: "Tờ khai đăng ký khai sinh theo mẫu", mau: "mau-tk01", ban_chinh: 1, hinh_thuc: "nop" },
        { ten: "Giấy chứng sinh", ban_chinh: 0, ban_sao: 1, hinh_thuc: "nop" },
        { ten: "Giấy tờ tùy thân của người yêu cầu", ban_chinh: 1, hinh_thuc: "xuat_trinh" },
      ],
      mau_don: [{ ma: "mau-tk01", ten: "Mẫu TK01" }],
      ket_qua: ["Giấy khai sinh"],
      phi_le_phi: [],
      yeu_cau_dieu_kien: [],
      can_cu_phap_ly: ["60/2014/QH13", "123/2015/ND-CP"],
    });
    // The same agency implementing and competent is written once.
    expect(procedure.co_quan!.thuc_hien).toBeUndefined();
    expect(documents.find((d) => d.id === "123/2015/ND-CP")?.issued).toBe("2015-11-15");
    expect(note).toContain("100/QĐ-BTP");
  });

  test("a bare number keeps its text and is marked; no unit, no agency, no amount is made up", () => {
    const { procedure } = convertRecord(fixtureRecord("1.000002"));
    expect(procedure.ten).toBe("Thủ tục đăng ký kết hôn");
    expect(procedure.thoi_han).toEqual({ ghi_chu: "7" });
    expect(procedure.co_quan).toBeUndefined();
    expect(procedure.trinh_tu).toEqual([{ mo_ta: expect.stringContaining("Hai bên nam, nữ nộp hồ sơ") }]);
    expect(procedure.phi_le_phi).toEqual([
      { ten: "Phí, lệ phí", ghi_chu: "Miễn phí. Mức lệ phí cụ thể do Hội đồng nhân dân tỉnh quyết định." },
    ]);
    expect(procedure.so_bo_ho_so).toBe(1);
    expect(procedure.yeu_cau_dieu_kien).toEqual([
      "Hai bên đủ tuổi kết hôn theo quy định của Luật Hôn nhân và gia đình.",
      "Việc kết hôn do hai bên tự nguyện quyết định.",
    ]);
    expect(marksOf(procedure)).toEqual(["co_quan", "trinh_tu", "thoi_han", "phi_le_phi"]);
    const deadline = procedure.can_ra_soat!.find((m) => m.thanh_phan === "thoi_han")!;
    expect(deadline.ly_do).toContain('"7"');
    expect(deadline.van_ban_goc).toContain("Trực tuyến7Miễn phí");
  });

  test("several cases, a category the format lacks, two agencies in one cell", () => {
    const { procedure } = convertRecord(fixtureRecord("2.000003"));
    expect(procedure.thoi_han).toEqual({ ghi_chu: expect.stringContaining("Trực tiếp: 1 Ngày làm việc") });
    expect(procedure.cach_thuc).toEqual([
      { kenh: "truc_tiep", ghi_chu: expect.stringContaining("Trường hợp yêu cầu chứng thực với số lượng lớn.") },
    ]);
    expect(procedure.phi_le_phi).toEqual([{ ten: "Phí, lệ phí", so_tien: 2000, ghi_chu: "Lệ phí chứng thực bản sao: 2.000 đồng/trang." }]);
    expect(procedure.doi_tuong).toEqual(["to_chuc"]);
    expect(procedure.co_quan).toEqual({ tham_quyen: "Phòng Tư pháp, Ủy ban nhân dân cấp xã", phoi_hop: ["Công an cấp Xã"] });
    expect(procedure.trinh_tu).toHaveLength(2);
    expect(marksOf(procedure)).toEqual(["doi_tuong", "co_quan", "trinh_tu", "thoi_han"]);
    expect(procedure.trinh_tu![1]!.chu_the).toBeUndefined(); // "Người thực hiện chứng thực" names no side
  });

  test("what the record does not give is absent and marked", () => {
    const { procedure } = convertRecord(fixtureRecord("1.000004"));
    expect(procedure.thoi_han).toBeUndefined();
    expect(procedure.thanh_phan_ho_so).toBeUndefined();
    expect(procedure.mau_don).toBeUndefined();
    expect(procedure.can_cu_phap_ly).toBeUndefined();
    expect(procedure.phi_le_phi).toEqual([{ ten: "Phí, lệ phí", ghi_chu: "120,000 VNĐ (20.000 đồng/tờ khai)" }]);
    expect(marksOf(procedure)).toEqual(["thoi_han", "thanh_phan_ho_so", "phi_le_phi", "mau_don", "can_cu_phap_ly"]);
  });

  test("every required element is either there or under review, in every fixture", () => {
    const required = [
      "cap",
      "doi_tuong",
      "co_quan",
      "trinh_tu",
      "thoi_han",
      "cach_thuc",
      "thanh_phan_ho_so",
      "ket_qua",
      "phi_le_phi",
      "mau_don",
      "yeu_cau_dieu_kien",
      "can_cu_phap_ly",
    ] as const;
    for (const { record } of allFixtureRecords()) {
      if (!record.ma_thu_tuc) continue;
      const { procedure } = convertRecord(record);
      const marked = new Set(marksOf(procedure));
      for (const key of required) expect(procedure[key] !== undefined || marked.has(key), `${record.ma_thu_tuc} ${key}`).toBe(true);
      if (procedure.co_quan && procedure.co_quan.tham_quyen === undefined) expect(marked.has("co_quan")).toBe(true);
      for (const step of procedure.trinh_tu ?? []) if (!step.chu_the) expect(marked.has("trinh_tu")).toBe(true);
    }
  });
});

describe("buildChannelElements", () => {
  const build = (text: string) => {
    const table = parseChannelTable(text);
    return buildChannelElements(table.rows, table.unread, text);
  };

  test("channels that agree give the statutory deadline and no deadline of their own", () => {
    expect(build(`${H}Trực tuyến5 Ngày làm việcMiễn phíTrực tiếp5 Ngày làm việcMiễn phí`)).toEqual({
      thoi_han: { gia_tri: 5, don_vi: "ngay_lam_viec" },
      cach_thuc: [{ kenh: "truc_tiep" }, { kenh: "truc_tuyen" }],
      phi_le_phi: [],
      marks: [],
    });
  });

  test("channels that differ keep their own deadlines; no statutory number is made up", () => {
    const built = build(`${H}Trực tiếp5 NgàyMiễn phíTrực tuyến3 NgàyMiễn phí`);
    expect(built.thoi_han).toEqual({ ghi_chu: "Trực tiếp: 5 Ngày; Trực tuyến: 3 Ngày" });
    expect(built.cach_thuc).toEqual([
      { kenh: "truc_tiep", thoi_han: { gia_tri: 5, don_vi: "ngay" } },
      { kenh: "truc_tuyen", thoi_han: { gia_tri: 3, don_vi: "ngay" } },
    ]);
    expect(built.marks.map((m) => m.thanh_phan)).toEqual(["thoi_han"]);
  });

  test("fees: per channel when they differ, no amount where the note disagrees, none in a foreign currency", () => {
    expect(build(`${H}Trực tiếp1 Ngày làm việc50,000 VNĐTrực tuyến1 Ngày làm việc25,000 VNĐ`).phi_le_phi).toEqual([
      { ten: "Phí, lệ phí (trực tiếp)", so_tien: 50000 },
      { ten: "Phí, lệ phí (trực tuyến)", so_tien: 25000 },
    ]);
    const mismatch = build(`${H}Trực tiếp5 Ngày làm việc135 VNĐ(Lệ phí cấp giấy phép lái xe: 135.000 đồng/lần.)`);
    expect(mismatch.phi_le_phi).toEqual([{ ten: "Phí, lệ phí", ghi_chu: "135 VNĐ (Lệ phí cấp giấy phép lái xe: 135.000 đồng/lần.)" }]);
    expect(mismatch.marks.map((m) => m.thanh_phan)).toEqual(["phi_le_phi"]);
    const dollars = build(`${H}Trực tiếp6 Tháng100 USD(100 USD/thẻ.)`);
    expect(dollars.phi_le_phi).toEqual([{ ten: "Phí, lệ phí", ghi_chu: "100 USD (100 USD/thẻ.)" }]);
    expect(dollars.marks.map((m) => m.thanh_phan)).toEqual(["phi_le_phi"]);
  });

  test("a free cell with a note that confirms it is free, no mark", () => {
    expect(build(`${H}Trực tiếp3 Ngày làm việcMiễn phí(Miễn lệ phí cho người thuộc hộ nghèo)`)).toMatchObject({
      phi_le_phi: [{ ten: "Phí, lệ phí", so_tien: 0, ghi_chu: "Miễn lệ phí cho người thuộc hộ nghèo" }],
      marks: [],
    });
  });

  test.each([
    ["restates the column's deadline: no mark", "Trực tuyến5 Ngày làm việcMiễn phí05 ngày làm việc, kể từ ngày nhận đủ hồ sơ hợp lệ.", []],
    [
      "states a second case with another deadline: the column's value, under review",
      "Trực tiếp22 Ngày làm việc5,000,000 Việt Nam Đồng- 22 ngày làm việc đối với cấp lại do hết hạn:\n- 10 ngày làm việc đối với cấp lại do bị mất",
      ["thoi_han"],
    ],
    [
      "states another unit: under review",
      "Trực tiếp10 NgàyMiễn phíTrong thời hạn 10 ngày làm việc kể từ ngày nhận đủ hồ sơ.",
      ["thoi_han"],
    ],
    [
      "states another number of months: under review",
      "Trực tiếp6 ThángMiễn phíTrong thời hạn 04 tháng kể từ ngày nhận đủ hồ sơ.",
      ["thoi_han"],
    ],
  ])("a description that %s", (_name, row, marked) => {
    const built = build(`${H}${row}`);
    expect(built.thoi_han).toHaveProperty("gia_tri");
    expect(built.marks.filter((m) => m.thanh_phan === "thoi_han").map((m) => m.thanh_phan)).toEqual(marked);
  });

  test("no table: channels, deadline and fees all under review", () => {
    expect(build("Nộp hồ sơ tại Sở").marks.map((m) => m.thanh_phan)).toEqual(["cach_thuc", "thoi_han", "phi_le_phi"]);
  });
});
