import { Box, Text, useApp, useInput, useStdout } from "ink";
import { useEffect, useMemo, useReducer } from "react";
import type { Key } from "ink";
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

  // One reducer for every key: each key acts on the state the keys before it left, even when
  // several arrive before ink draws (typed quickly, pasted, or written at once by a test).
  const [state, press] = useReducer(
    (current: BrowseState, { input, key }: { input: string; key: Key }): BrowseState => {
      const found = searchProcedures(index, current.query);
      const rowsOf = (procedure: PlacedProcedure) => flattenDetail(procedure, lookups, lang, width);
      return nextState(current, input, key, {
        results: found,
        listHeight: Math.max(1, height - LIST_CHROME),
        detailHeight: Math.max(1, height - DETAIL_CHROME),
        detailLength: current.open ? rowsOf(current.open).length : 0,
      });
    },
    { query: "", selected: 0, open: undefined, scroll: 0, quit: false },
  );
  const { query, selected, open, scroll } = state;

  const results = useMemo(() => searchProcedures(index, query), [index, query]);
  const listHeight = Math.max(1, height - LIST_CHROME);
  const detailHeight = Math.max(1, height - DETAIL_CHROME);
  const detailRows = useMemo(() => (open ? flattenDetail(open, lookups, lang, width) : []), [open, lookups, lang, width]);

  useInput((input, key) => press({ input, key }));
  useEffect(() => {
    if (state.quit) exit();
  }, [state.quit, exit]);

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

interface BrowseState {
  query: string;
  selected: number;
  open: PlacedProcedure | undefined;
  scroll: number;
  quit: boolean;
}

/** What one key does: a pure step from one state to the next. */
function nextState(
  s: BrowseState,
  input: string,
  key: Key,
  view: { results: PlacedProcedure[]; listHeight: number; detailHeight: number; detailLength: number },
): BrowseState {
  if (s.open) {
    const maxScroll = Math.max(0, view.detailLength - view.detailHeight);
    if (key.escape || key.backspace || key.delete || key.leftArrow) return { ...s, open: undefined };
    if (input === "q") return { ...s, quit: true };
    if (key.upArrow) return { ...s, scroll: Math.max(0, s.scroll - 1) };
    if (key.downArrow) return { ...s, scroll: Math.min(maxScroll, s.scroll + 1) };
    if (key.pageUp) return { ...s, scroll: Math.max(0, s.scroll - view.detailHeight) };
    if (key.pageDown || input === " ") return { ...s, scroll: Math.min(maxScroll, s.scroll + view.detailHeight) };
    if (key.home) return { ...s, scroll: 0 };
    if (key.end) return { ...s, scroll: maxScroll };
    return s;
  }
  const last = view.results.length - 1;
  if (key.upArrow) return { ...s, selected: Math.max(0, s.selected - 1) };
  if (key.downArrow) return { ...s, selected: Math.min(last, s.selected + 1) };
  if (key.pageUp) return { ...s, selected: Math.max(0, s.selected - view.listHeight) };
  if (key.pageDown) return { ...s, selected: Math.max(0, Math.min(last, s.selected + view.listHeight)) };
  if (key.return) {
    const chosen = view.results[Math.min(s.selected, Math.max(0, last))];
    return chosen ? { ...s, open: chosen, scroll: 0 } : s;
  }
  if (key.backspace || key.delete) return { ...s, query: [...s.query].slice(0, -1).join(""), selected: 0 };
  if (key.escape) return s.query === "" ? { ...s, quit: true } : { ...s, query: "", selected: 0 };
  if (input && !key.ctrl && !key.meta && !key.tab) return { ...s, query: s.query + input, selected: 0 };
  return s;
}
