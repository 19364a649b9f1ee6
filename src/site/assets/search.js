/*
 * tthc site: search as you type on the index page. Plain ES2019, no build step, no network:
 * the index comes from assets/search-index.js (window.tthcSearchIndex), loaded by a <script>
 * tag, so the page works from a USB stick (file://) as well as from a web server.
 *
 * Without this script the index page still lists every procedure, grouped by field; the script
 * shows the search form and hides the rows that do not match. It never draws the list itself.
 */
(function (root) {
  "use strict";

  /*
   * The same folding as foldText (src/views/search-procedures.ts) and searchText
   * (src/site/search-text.ts): no diacritics, đ → d, lower case, and every run of characters
   * other than letters, digits and "." one space. test/site/client-search.test.ts holds them equal.
   */
  function foldText(text) {
    return String(text)
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[đĐ]/g, "d")
      .toLowerCase()
      .replace(/\s+/g, " ")
      .trim();
  }

  function searchText(text) {
    return foldText(text)
      .replace(/[^\p{L}\p{N}.]+/gu, " ")
      .trim();
  }

  function queryWords(query) {
    var folded = searchText(query);
    return folded === "" ? [] : folded.split(" ");
  }

  /** A word matches where it starts a word of the text, or anywhere in the code ("000894"). */
  function matchesWord(entry, word) {
    if ((" " + entry.text).indexOf(" " + word) >= 0) return true;
    var code = entry.code.toLowerCase();
    if (code.indexOf(word) >= 0) return true;
    // A code typed without its dot: "1000894".
    var digits = word.replace(/\./g, "");
    return /^\d{4,}$/.test(digits) && code.replace(/\./g, "").indexOf(digits) >= 0;
  }

  /** Whether a procedure of the index matches every word, the field and the level ("" = any). */
  function matches(entry, words, field, level) {
    if (field && entry.field !== field) return false;
    if (level && entry.levels.indexOf(level) < 0) return false;
    for (var i = 0; i < words.length; i++) {
      if (!matchesWord(entry, words[i])) return false;
    }
    return true;
  }

  /** The codes of the procedures matching, in the index's order. */
  function filterProcedures(index, query, field, level) {
    var words = queryWords(query);
    var found = [];
    for (var i = 0; i < index.procedures.length; i++) {
      if (matches(index.procedures[i], words, field, level)) found.push(index.procedures[i].code);
    }
    return found;
  }

  function count(value) {
    return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  }

  root.tthcSearch = {
    foldText: foldText,
    searchText: searchText,
    queryWords: queryWords,
    matches: matches,
    filterProcedures: filterProcedures,
  };

  if (typeof document === "undefined" || !root.tthcSearchIndex) return;

  function start() {
    var index = root.tthcSearchIndex;
    var form = document.getElementById("tim-kiem");
    var input = document.getElementById("tu-khoa");
    var fieldSelect = document.getElementById("loc-linh-vuc");
    var levelSelect = document.getElementById("loc-cap");
    var status = document.getElementById("ket-qua");
    var list = document.getElementById("danh-sach");
    var fieldNav = document.getElementById("cac-linh-vuc");
    if (!form || !input || !fieldSelect || !levelSelect || !status || !list) return;

    var rows = list.querySelectorAll("li[data-ma]");
    var groups = list.querySelectorAll("section[data-nhom]");
    var total = index.procedures.length;

    function setFromAddress() {
      if (typeof URLSearchParams === "undefined") return;
      var params = new URLSearchParams(root.location.search);
      if (params.has("q")) input.value = params.get("q");
      if (params.has("linh-vuc")) fieldSelect.value = params.get("linh-vuc");
      if (params.has("cap")) levelSelect.value = params.get("cap");
      // An unknown value leaves the select on nothing: back to "all".
      if (fieldSelect.selectedIndex < 0) fieldSelect.selectedIndex = 0;
      if (levelSelect.selectedIndex < 0) levelSelect.selectedIndex = 0;
    }

    /** Keeps the search in the address, so that Back from a procedure returns to it. */
    function remember() {
      if (!root.history || !root.history.replaceState || typeof URLSearchParams === "undefined") return;
      var params = new URLSearchParams();
      if (input.value.trim()) params.set("q", input.value.trim());
      if (fieldSelect.value) params.set("linh-vuc", fieldSelect.value);
      if (levelSelect.value) params.set("cap", levelSelect.value);
      var query = params.toString();
      try {
        root.history.replaceState(null, "", root.location.pathname + (query ? "?" + query : "") + root.location.hash);
      } catch {
        // Some browsers refuse to change a file:// address; the search still works.
      }
    }

    function apply() {
      var found = filterProcedures(index, input.value, fieldSelect.value, levelSelect.value);
      var shown = {};
      for (var i = 0; i < found.length; i++) shown[found[i]] = true;
      for (var r = 0; r < rows.length; r++) rows[r].hidden = !shown[rows[r].getAttribute("data-ma")];
      for (var g = 0; g < groups.length; g++) groups[g].hidden = !groups[g].querySelector("li[data-ma]:not([hidden])");
      var filtered = input.value.trim() !== "" || fieldSelect.value !== "" || levelSelect.value !== "";
      // While searching, the results come right under the form.
      if (fieldNav) fieldNav.hidden = filtered;
      if (!filtered) status.textContent = "Danh mục có " + count(total) + " thủ tục, xếp theo lĩnh vực.";
      else if (found.length === 0) {
        status.textContent = "Không tìm thấy thủ tục nào. Hãy thử ít từ hơn, một từ khác, hoặc chọn “Tất cả lĩnh vực”.";
      } else status.textContent = "Tìm thấy " + count(found.length) + " trong " + count(total) + " thủ tục.";
      remember();
    }

    form.hidden = false;
    setFromAddress();
    input.addEventListener("input", apply);
    fieldSelect.addEventListener("change", apply);
    levelSelect.addEventListener("change", apply);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      apply();
      // Enter goes to the first result, so the keyboard reaches it without tabbing through the form.
      var first = list.querySelector("li[data-ma]:not([hidden]) a");
      if (first) first.focus();
    });
    form.addEventListener("reset", function () {
      root.setTimeout(function () {
        apply();
        input.focus();
      }, 0);
    });
    // Back to this page from a procedure: the browser may restore the typed words.
    root.addEventListener("pageshow", apply);
    apply();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})(typeof window !== "undefined" ? window : this);
