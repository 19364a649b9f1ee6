// Steps: split only where the text numbers them in order; who acts only where the text says.
import { describe, expect, test } from "vitest";
import { parseSteps } from "../../src/portal/parse-steps.js";

describe("parseSteps", () => {
  test.each([
    {
      name: "Bước 1 … Bước n, with the actor of each",
      text: "- Bước 1: Tổ chức, cá nhân nộp hồ sơ tại Bộ phận Một cửa.\n- Bước 2: Sở Tư pháp thẩm định hồ sơ.\n- Bước 3: Người yêu cầu nhận kết quả.",
      markedBy: "buoc",
      steps: [
        { text: "Tổ chức, cá nhân nộp hồ sơ tại Bộ phận Một cửa.", performer: "nguoi_dan" },
        { text: "Sở Tư pháp thẩm định hồ sơ.", performer: "co_quan" },
        { text: "Người yêu cầu nhận kết quả.", performer: "nguoi_dan" },
      ],
    },
    {
      name: "a heading before Bước 1 joins the first step; a time clause before the subject",
      text: "Nộp hồ sơ Bước 1: Công ty nộp hồ sơ đến Ủy ban.\nBước 2: Trong thời hạn 15 ngày, Ủy ban cấp giấy chứng nhận.",
      markedBy: "buoc",
      steps: [
        { text: "Nộp hồ sơ\nCông ty nộp hồ sơ đến Ủy ban.", performer: "nguoi_dan" },
        { text: "Trong thời hạn 15 ngày, Ủy ban cấp giấy chứng nhận.", performer: "co_quan" },
      ],
    },
    {
      name: "a) b) lines, even though they start in small letters",
      text: "a) Nộp hồ sơ: tổ chức gửi hồ sơ qua bưu chính.\nb) Giải quyết: cơ quan có thẩm quyền cấp giấy phép.",
      markedBy: "letter",
      steps: [{ performer: "nguoi_dan" }, { performer: "co_quan" }],
    },
    {
      name: "1. 2. lines",
      text: "1. Doanh nghiệp gửi văn bản đề nghị.\n2. Bộ Tài chính trả lời bằng văn bản.",
      markedBy: "number",
      steps: [{ performer: "nguoi_dan" }, { performer: "co_quan" }],
    },
    {
      name: "dash lines with their sub-lines",
      text: "- Chủ đầu tư nộp hồ sơ.\n+ Hồ sơ gồm đơn và bản vẽ.\n- Cơ quan cấp phép kiểm tra.",
      markedBy: "dash",
      steps: [{ text: "Chủ đầu tư nộp hồ sơ.\n+ Hồ sơ gồm đơn và bản vẽ.", performer: "nguoi_dan" }, { performer: "co_quan" }],
    },
    {
      name: "a verb that looks like an actor, and a sentence that names none: left unknown",
      text: "Bước 1: Tổ chức đối thoại với người khiếu nại.\nBước 2: Việc xác minh được lập thành biên bản.",
      markedBy: "buoc",
      steps: [{ performer: undefined }, { performer: undefined }],
    },
  ])("$name", ({ text, markedBy, steps }) => {
    const parsed = parseSteps(text);
    expect(parsed.kind).toBe("steps");
    if (parsed.kind !== "steps") return;
    expect(parsed.markedBy).toBe(markedBy);
    expect(parsed.steps).toHaveLength(steps.length);
    parsed.steps.forEach((s, i) => {
      expect(s).toMatchObject(Object.fromEntries(Object.entries(steps[i]!).filter(([, v]) => v !== undefined)));
      if ("performer" in steps[i]! && steps[i].performer === undefined) expect(s.performer).toBeUndefined();
    });
  });

  test.each([
    [
      "steps that restart for a second case",
      "Đối với trường hợp A: Bước 1: Nộp hồ sơ.\nBước 2: Giải quyết.\nĐối với trường hợp B: Bước 1: Nộp đơn.",
    ],
    ["prose", "Tổ chức hành nghề luật sư đăng ký hoạt động tại Sở Tư pháp. Trong thời hạn 07 ngày làm việc, Sở Tư pháp cấp giấy."],
    [
      "dashes mixed with other lines",
      "- Nếu nộp trực tiếp, người yêu cầu nộp hồ sơ.\nNgười yêu cầu nộp trực tuyến cung cấp thông tin.\n- Cán bộ kiểm tra.",
    ],
  ])("%s stay one step", (_name, text) => {
    expect(parseSteps(text)).toEqual({ kind: "single", text: expect.any(String) });
  });

  test("nothing stated", () => {
    expect(parseSteps("Không có thông tin")).toEqual({ kind: "none" });
  });
});
