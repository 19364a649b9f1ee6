// The crawler copied some of the portal's page widgets into the text of a cell: the result list
// ends with "Từ khóa…Mô tả…Chọn cơ quan thực hiện…Nộp hồ sơ" (its search box and its "submit
// online" button), and a few requirement cells carry the same tail. None of it is content.

const WIDGETS = /(?:Từ khóa|Chọn cơ quan thực hiện|Hệ thống chỉ hiển thị những cơ quan)[^]*$/u;

/** The text before the first widget label. */
export function stripPortalWidgets(text: string): string {
  return text.replace(WIDGETS, "");
}
