// One diff that uses every list and every kind of change, for the renderer tests.

import { diffCatalogues } from "../../src/amend/diff-catalogues.js";
import type { Catalogue } from "../../src/model/catalogue.js";
import { makeCatalogue } from "../support/builders.js";
import { copy } from "../support/copy.js";
import { baseFields, khaiTu, procedureIn } from "./base-fields.js";

export const DECISION = { quyet_dinh: "250/QĐ-UBND", ngay: "2026-03-02" };

export function buildRenderFixture(): { base: Catalogue; head: Catalogue } {
  const base = makeCatalogue({ label: "main", fields: baseFields() });
  const fields = copy(baseFields());
  const hoTich = fields[0]!;
  hoTich.thu_tuc.push({ ...khaiTu(), ma: "1.000689", ten: "Thủ tục đăng ký lại khai sinh", cong_bo: DECISION });

  const ks = procedureIn(fields, "1.001193");
  ks.thoi_han.gia_tri = 2;
  ks.trinh_tu[1]!.mo_ta = "Công chức tư pháp - hộ tịch tiếp nhận, kiểm tra và số hóa hồ sơ.";
  ks.thanh_phan_ho_so.splice(1, 1);
  ks.phi_le_phi[0]!.ghi_chu = "Miễn lệ phí | khi đăng ký đúng hạn.\nThu 8.000 đồng khi quá hạn <script>alert(1)</script>";
  ks.can_cu_phap_ly.push("87/2020/ND-CP");
  ks.cong_bo = DECISION;

  const index = hoTich.thu_tuc.findIndex((p) => p.ma === "1.000656");
  hoTich.thu_tuc[index] = {
    ...khaiTu(),
    ma: "1.012345",
    ten: "Thủ tục đăng ký khai tử liên thông",
    thay_the: "1.000656",
    cong_bo: DECISION,
  };

  Object.assign(procedureIn(fields, "1.000894"), {
    trang_thai: "bai_bo",
    bai_bo: { ...DECISION, can_cu: "123/2015/ND-CP" },
  });
  procedureIn(fields, "2.000815").so_ho_so_nam = 300;

  const head = makeCatalogue({ label: "working tree", fields });
  head.documents.push({
    id: "87/2020/ND-CP",
    so_hieu: "87/2020/NĐ-CP",
    ten: "Nghị định quy định về Cơ sở dữ liệu hộ tịch điện tử, đăng ký hộ tịch trực tuyến",
    ngay_ban_hanh: "2020-07-28",
  });
  return { base, head };
}

export function renderFixtureDiff() {
  const { base, head } = buildRenderFixture();
  return diffCatalogues(base, head, { base: "main", head: "working tree" });
}
