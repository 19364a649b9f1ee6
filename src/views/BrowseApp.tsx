import { Box, Text, useApp, useInput, useStdout } from "ink";
import { useMemo, useState } from "react";
import { isInForce, listProcedures } from "../model/procedure.js";
import type { Catalogue, PlacedProcedure } from "../model/catalogue.js";
import { pick, type Lang } from "../model/lang.js";
import { describeProcedure, wrapLine, type Lookups } from "./describe-procedure.js";
import { HelpLine } from "./HelpLine.js";
import { ProcedureDetail, type DetailRow } from "./ProcedureDetail.js";
import { ResultList, type ResultRow } from "./ResultList.js";
import { SearchBox } from "./SearchBox.js";
import { buildSearchIndex, searchProcedures } from "./search-procedures.js";

export interface BrowseAppProps {
  readonly catalogue: Catalogue;
  readonly lang: Lang;
  readonly color: boolean;
  /** Screen size; the terminal's when not given (tests give it). */
  readonly rows?: number;
  readonly columns?: number;
}

/** Lines used around the list (search box, count, help) and around the detail (title, help). */
const LIST_CHROME = 4;
const DETAIL_CHROME = 3;

/**
 * `tthc browse`: the one component with state. The search screen (type to search, ↑↓ to choose,
 * Enter to open) and the detail screen (↑↓ to scroll, Esc or Backspace to go back, q to quit)
 * are drawn by dumb views from this state.
 */
export function BrowseApp({ catalogue, lang, color, rows, columns }: BrowseAppProps) {
  const { exit } = useApp();
  const { stdout } = useStdout();
  const height = rows ?? stdout?.rows ?? 24;
  const width = columns ?? stdout?.columns ?? 80;

  const index = useMemo(() => buildSearchIndex(listProcedures(catalogue)), [catalogue]);
  const lookups: Lookups = useMemo(
    () => ({
      agencies: new Map(catalogue.agencies.map((a) => [a.id, a])),
      documents: new Map(catalogue.documents.map((d) => [d.id, d])),
    }),
    [catalogue],
  );

  const [query, setQuery] = useState("");
  const [selected, setSelected] = useState(0);
  const [open, setOpen] = useState<PlacedProcedure | undefined>(undefined);
  const [scroll, setScroll] = useState(0);

  const results = useMemo(() => searchProcedures(index, query), [index, query]);
  const listHeight = Math.max(1, height - LIST_CHROME);
  const detailHeight = Math.max(1, height - DETAIL_CHROME);
  const detailRows = useMemo(() => (open ? flattenDetail(open, lookups, lang, width) : []), [open, lookups, lang, width]);
  const maxScroll = Math.max(0, detailRows.length - detailHeight);

  useInput((input, key) => {
    if (open) {
      if (key.escape || key.backspace || key.delete || key.leftArrow) setOpen(undefined);
      else if (input === "q") exit();
      else if (key.upArrow) setScroll((s) => Math.max(0, s - 1));
      else if (key.downArrow) setScroll((s) => Math.min(maxScroll, s + 1));
      else if (key.pageUp) setScroll((s) => Math.max(0, s - detailHeight));
      else if (key.pageDown || input === " ") setScroll((s) => Math.min(maxScroll, s + detailHeight));
      else if (key.home) setScroll(0);
      else if (key.end) setScroll(maxScroll);
      return;
    }
    if (key.upArrow) setSelected((s) => Math.max(0, s - 1));
    else if (key.downArrow) setSelected((s) => Math.min(results.length - 1, s + 1));
    else if (key.pageUp) setSelected((s) => Math.max(0, s - listHeight));
    else if (key.pageDown) setSelected((s) => Math.max(0, Math.min(results.length - 1, s + listHeight)));
    else if (key.return) {
      const chosen = results[selected];
      if (chosen) {
        setOpen(chosen);
        setScroll(0);
      }
    } else if (key.backspace || key.delete) {
      setQuery((q) => [...q].slice(0, -1).join(""));
      setSelected(0);
    } else if (key.escape) {
      if (query === "") exit();
      setQuery("");
      setSelected(0);
    } else if (input && !key.ctrl && !key.meta && !key.tab) {
      setQuery((q) => q + input);
      setSelected(0);
    }
  });

  if (open) {
    const p = open.procedure;
    const shown = Math.min(detailRows.length, scroll + detailHeight);
    return (
      <Box flexDirection="column">
        <ProcedureDetail title={`${p.ma} ${p.ten}`} rows={detailRows} scroll={scroll} height={detailHeight} color={color} />
        <HelpLine
          color={color}
          text={pick(lang, {
            vi: `Esc/Backspace quay lại · ↑↓ PgUp PgDn cuộn · q thoát   (dòng ${scroll + 1}–${shown}/${detailRows.length})`,
            en: `Esc/Backspace back · ↑↓ PgUp PgDn scroll · q quit   (lines ${scroll + 1}–${shown} of ${detailRows.length})`,
          })}
        />
      </Box>
    );
  }

  const abolished = pick(lang, { vi: "(đã bãi bỏ)", en: "(abolished)" });
  const rowsShown: ResultRow[] = results.map((r) => ({
    code: String(r.procedure.ma),
    name: r.procedure.ten,
    field: r.fieldName,
    ...(isInForce(r.procedure) ? {} : { note: abolished }),
  }));
  return (
    <Box flexDirection="column">
      <SearchBox
        color={color}
        label={pick(lang, { vi: "Tìm thủ tục:", en: "Search:" })}
        query={query}
        placeholder={pick(lang, { vi: "gõ tên hoặc mã, có dấu hay không dấu đều được", en: "type a name or code, diacritics optional" })}
      />
      <Text dimColor={color}>
        {pick(lang, { vi: `${results.length}/${index.length} thủ tục`, en: `${results.length} of ${index.length} procedures` })}
      </Text>
      <ResultList
        rows={rowsShown}
        selected={Math.min(selected, Math.max(0, results.length - 1))}
        height={listHeight}
        color={color}
        emptyText={pick(lang, {
          vi: "Không có thủ tục nào khớp. Thử bớt từ hoặc gõ mã thủ tục.",
          en: "No procedure matches. Try fewer words or a code.",
        })}
      />
      <HelpLine
        color={color}
        text={pick(lang, {
          vi: "↑↓ chọn · Enter xem chi tiết · Esc xóa tìm kiếm/thoát · Ctrl+C thoát",
          en: "↑↓ choose · Enter open · Esc clear search/quit · Ctrl+C quit",
        })}
      />
    </Box>
  );
}

/** The detail sections as screen rows: headings, then their lines wrapped and indented. */
function flattenDetail(placed: PlacedProcedure, lookups: Lookups, lang: Lang, width: number): DetailRow[] {
  const rows: DetailRow[] = [];
  for (const section of describeProcedure(placed, lookups, lang)) {
    rows.push({ text: section.title, heading: true });
    for (const line of section.lines) {
      for (const part of wrapLine(line, width - 3)) rows.push({ text: `  ${part}`, heading: false });
    }
  }
  return rows;
}
