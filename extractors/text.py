"""Text exports of roadmaps (.txt, .html, .htm): bytes → paragraphs and tables.

Encoding: byte-order marks first (UTF-8, UTF-16 LE/BE, UTF-32), then UTF-16 without a mark (every other
byte 0x00 or 0x04), then strict UTF-8 (repairing UTF-8 read once as cp1251 and saved again, «Р”РѕСЂ…»),
then the Cyrillic code pages cp1251, koi8-r and cp866, picked by how Russian the letters look: a wrong
code page gives capitals inside words (koi8-r read as cp1251 and back) or box-drawing characters (cp866).
Bytes with control characters in them are no text at all.

Plain text is cleaned of what school sites wrap around a document (the file name, «Скачать:», «Вложение
Размер», «… .doc 122.5 КБ», «Предварительный просмотр:», «background image»), of escaped quotes (`\\"`),
of `№ п\\п`, of page numbers around form feeds and of Symbol-font bullets; then tables are looked for,
most explicit layout first, and the rest is paragraphs:

* tab-separated rows, one line per row (seeds 000, 002, 003); a page break inside a cell leaves a row
  whose number cell is empty and whose text continues a sentence (seed 000's 7.1, seed 002's stage 5);
* serialized cells (seed 001): every cell starts on a line led by a tab, its later lines carry no tab,
  blank lines inside a dates cell keep its dates level with the sub-items they belong to;
* pipe tables, `| a | b |`, ruled between rows or only under the header;
* `pdftotext -layout` output (extractors/text_layout.py);
* rows flowing over lines (seed 004) and one cell per line (extractors/text_cells.py).

HTML remnants inside cells (`<p><b>…</b>`, `<i>`) are stripped by `extractors.html.cell_lines`, keeping
their line breaks. HTML goes to extractors/html.py.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections import Counter
from collections.abc import Sequence

from extractors.html import (
    FILE_NAME,
    WRAPPER,
    cell_lines,
    declared_charset,
    drop_wrapper_blocks,
    header_score,
    looks_like_html,
    markup_lines,
    parse_html,
)
from extractors.text_cells import (
    PhraseTests,
    default_tests,
    find_cell_tables,
    find_flowing_tables,
    has_cell_header,
    has_flowing_header,
)
from extractors.text_layout import (
    FULL_WIDTH,
    NOTE,
    CellDraft,
    Row,
    TableDraft,
    find_layout_tables,
    merge_row,
    starts_lower,
    to_raw_table,
)
from pipeline.errors import CorruptFile, EmptyFile
from pipeline.models import Block, ExtractedDocument, Paragraph

# --- decoding ---------------------------------------------------------------------------------

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_CODE_PAGES = ("cp1251", "koi8-r", "cp866")
# Russian letters by frequency; a letter's weight falls with its rank.
_RU_BY_FREQUENCY = "оеаинтсрвлкмдпуяызьбгчйхжшюцщэфъё"
_LETTER_WEIGHT = {ch: 3.0 - 2.5 * k / len(_RU_BY_FREQUENCY) for k, ch in enumerate(_RU_BY_FREQUENCY)}
_MAX_CONTROL_SHARE = 0.01
_SAMPLE_BYTES = 64 * 1024  # enough text to tell code pages apart
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")  # \t \n \v \f \r are text
_DOUBLE_UTF8 = re.compile(r"[РС][\u0400-\u045f\u00a0-\u00bf\u2010-\u203a]")


def _russian_score(text: str) -> float:
    """How Russian `text` looks: frequent letters score in either case, a capital right after a
    lowercase letter («РґРѕ», koi8-r read as cp1251) costs, so do box drawing (cp866 read wrongly),
    letters of other alphabets, rare symbols and control characters."""
    score = 0.0
    previous_lower = False
    for ch in text:
        lower = ch.lower()
        weight = _LETTER_WEIGHT.get(lower)
        if weight is not None:
            if ch != lower and previous_lower:
                score -= 2.0
            else:
                score += weight
            previous_lower = ch == lower
            continue
        previous_lower = ch.isalpha() and ch.islower()
        code = ord(ch)
        if 0x2500 <= code <= 0x259F or code == 0xFFFD:
            score -= 3.0
        elif code >= 0x80 and not ch.isalpha() and ch not in "«»–—№…“”„’‘•·\u00a0":
            score -= 1.5
        elif code >= 0x80 and ch.isalpha():
            score -= 1.5  # Ђ, ѓ, ў… from the wrong code page
        elif code < 0x20 and ch not in "\t\n\r\f":
            score -= 3.0
    return score


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 saved without a mark: high bytes of Russian and ASCII text are 0x04 and 0x00."""
    sample = data[: 4096 - 4096 % 2]
    pairs = len(sample) // 2
    if pairs < 4 or b"\x00" not in sample:
        return None
    for offset, codec in ((1, "utf-16-le"), (0, "utf-16-be")):
        high = sample[offset::2]
        if sum(b in (0, 4) for b in high) >= 0.9 * pairs and high.count(0) > 0:
            try:
                return data[: len(data) - len(data) % 2].decode(codec)
            except UnicodeDecodeError:
                return None
    return None


def _repair_double_utf8(text: str) -> str:
    """UTF-8 read as cp1251 and saved as UTF-8 again: «Р”РѕСЂРѕР¶РЅР°СЏ» → «Дорожная»."""
    sample = text[:_SAMPLE_BYTES]
    cyrillic = len(re.findall("[\u0400-\u04ff]", sample))
    if cyrillic < 20 or len(_DOUBLE_UTF8.findall(sample)) < 0.3 * cyrillic:
        return text
    try:
        repaired = text.encode("cp1251").decode("utf-8")
    except UnicodeError:
        return text
    return repaired if _russian_score(repaired[:_SAMPLE_BYTES]) > _russian_score(sample) else text


def _decode_8bit(data: bytes, declared: str | None) -> str:
    """The Cyrillic code page whose reading of a sample looks most Russian (the declared one on a tie)."""
    candidates = list(_CODE_PAGES)
    if declared in candidates:
        candidates.remove(declared)
        candidates.insert(0, declared)
    sample = data[:_SAMPLE_BYTES]
    best = max(candidates, key=lambda c: _russian_score(sample.decode(c, errors="replace")))
    return data.decode(best, errors="replace")


def decode(data: bytes, *, html: bool = False) -> str:
    """Text of a file in whichever encoding schools save it; CorruptFile for binary junk.

    UTF-8 with a stray broken byte (a truncated download) stays UTF-8, its bad bytes replaced by «�»:
    read as cp1251 it would all be mojibake.
    """
    if not data:
        raise EmptyFile()
    text: str | None = None
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(codec)
            except UnicodeDecodeError as exc:
                raise CorruptFile("не текстовый файл") from exc
            break
    if text is None:
        text = _utf16_without_bom(data)
    if text is None and b"\x00" in data[:4096]:
        raise CorruptFile("не текстовый файл")
    if text is None:
        try:
            text = _repair_double_utf8(data.decode("utf-8"))
        except UnicodeDecodeError:
            lenient = data.decode("utf-8", errors="replace")
            bad = lenient.count("\ufffd")
            if bad <= max(2, len(lenient) // 1000) and re.search("[а-яА-ЯёЁ]", lenient):
                text = lenient
    if text is None:
        text = _decode_8bit(data, declared_charset(data) if html else None)
    length = max(len(text), 1)
    if len(_CONTROL.findall(text)) > _MAX_CONTROL_SHARE * length or text.count("\ufffd") > 0.01 * length:
        raise CorruptFile("не текстовый файл")
    return text


# --- cleaning ---------------------------------------------------------------------------------

_WRAPPER_ZONE = 30  # non-blank lines at the top where a site's wrapper may sit
_SYMBOL_BULLETS = str.maketrans(
    {"\uf02d": "-", "\uf0b7": "•", "\uf0a7": "▪", "\uf0d8": "•", "\uf076": "•", "\uf0fc": "•", "\uf0a8": "•"}
)
_INVISIBLE = str.maketrans("", "", "\u200b\u200c\u200d\u2060\ufeff\u00ad")
_MARKDOWN_BOLD = re.compile(r"^\*\*|\*\*$")
_BROKEN_CHARACTERS = "в тексте есть нечитаемые символы (�): файл повреждён или сохранён в смешанной кодировке"


def _fix_line(text: str) -> str:
    return fix_text(text.translate(_INVISIBLE).translate(_SYMBOL_BULLETS)).replace("\u00a0", " ")


def fix_text(text: str) -> str:
    """Escaped quotes and a backslash in «№ п\\п», left by exports through web forms."""
    text = text.replace('\\"', '"').replace("\\'", "'")
    return re.sub(r"\b([пП])\s*\\\s*([пП])\b", r"\1/\2", text)


def _drop_page_numbers(text: str) -> str:
    """Form feeds end pages; a bare page number next to one is the page's footer or header."""
    pages = text.split("\f")
    for k, page in enumerate(pages):
        lines = page.split("\n")
        if k < len(pages) - 1:
            tail = [i for i, line in enumerate(lines) if line.strip()]
            if tail and re.fullmatch(r"\s*[-–]?\s*\d{1,3}\s*[-–]?\s*", lines[tail[-1]]):
                lines[tail[-1]] = ""
        if k > 0:
            head = [i for i, line in enumerate(lines) if line.strip()]
            if head and re.fullmatch(r"\s*[-–]?\s*\d{1,3}\s*[-–]?\s*", lines[head[0]]):
                lines[head[0]] = ""
        pages[k] = "\n".join(lines)
    return "\n".join(pages)


def page_starts(text: str) -> list[int]:
    """The first line of every page after the first, numbered as `clean_lines` numbers lines: a form
    feed ends a page (`pdftotext -layout` prints each page's columns where that page has them)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    starts: list[int] = []
    line = 0
    for page in text.split("\f")[:-1]:
        line += page.count("\n") + 1
        starts.append(line)
    return starts


def clean_lines(text: str) -> list[str]:
    """The document's lines without the wrapper of the site it was saved from."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\f" in text:
        text = _drop_page_numbers(text)
    lines = [line.rstrip(" \v") for line in _fix_line(text).split("\n")]
    nonblank = [i for i, line in enumerate(lines) if line.strip()][:_WRAPPER_ZONE]
    wrapper_end = max((i for i in nonblank if WRAPPER.match(lines[i])), default=-1)
    lines[: wrapper_end + 1] = [""] * (wrapper_end + 1)
    for i in nonblank[:3]:
        if FILE_NAME.match(lines[i]):
            lines[i] = ""  # «Дорожная карта 09.01.2023.docx» above the text: its date is no activity date
    return ["" if WRAPPER.match(line) else line for line in lines]


# --- paragraphs -------------------------------------------------------------------------------


def _paragraph_lines(lines: Sequence[str]) -> list[str]:
    """Text outside tables: one paragraph per line, a line starting in lowercase continuing the one
    before unless that one ended a sentence (PDF exports wrap paragraphs, with blank lines between)."""
    out: list[str] = []
    for line in lines:
        for piece in markup_lines(line.replace("\t", " ")):
            piece = _MARKDOWN_BOLD.sub("", piece).strip()
            if not piece.strip(" .,;:-–—*_"):
                continue
            if out and starts_lower(piece) and not re.search(r"[.!?;:]$", out[-1]):
                out[-1] = f"{out[-1]} {piece}"
            else:
                out.append(piece)
    return out


# --- tab-separated rows and serialized cells ----------------------------------------------------

_MAX_TEXT_GAP = 12  # lines without a tab allowed between two tab-separated rows of one table
_MAX_CELL_LINES = 60  # lines without a tab allowed inside one serialized cell
_ITEM = re.compile(r"^\s*(?:\d{1,2}\s*[.)](?!\d)|[а-е]\)|[-–—•·▪●]\s)")
_SERIALIZED = re.compile(r"\t[^\t]*")  # a line opening one serialized cell


def _is_item(text: str) -> bool:
    return bool(_ITEM.match(text))


def _cyrillic_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum("а" <= c.lower() <= "я" or c in "ёЁ" for c in letters) / len(letters)


def _widest_cell(row: Row) -> int:
    """Index of the cell with the most text: the activity text a tab-less line continues."""
    return max(range(len(row)), key=lambda i: len(row[i].text)) if row else 0


def _is_blank(line: str) -> bool:
    return "\t" not in line and not line.strip()


def find_tab_tables(lines: Sequence[str]) -> list[TableDraft]:
    """Tables made of tab-carrying lines; a tab line far from the others (a signature) is no table."""
    tab_lines = [i for i, line in enumerate(lines) if "\t" in line]
    groups: list[list[int]] = []
    for i in tab_lines:
        if groups:
            previous = groups[-1][-1]
            gap = sum(1 for k in range(previous + 1, i) if lines[k].strip())
            if gap <= (_MAX_CELL_LINES if _SERIALIZED.fullmatch(lines[previous]) else _MAX_TEXT_GAP):
                groups[-1].append(i)
                continue
        groups.append([i])
    tables: list[TableDraft] = []
    for group in groups:
        serialized = sum(1 for i in group if _SERIALIZED.fullmatch(lines[i]))
        if serialized >= 0.7 * len(group):
            draft = _serialized_table(lines, group[0], group[-1])
        else:
            draft = _tab_rows_table(lines, group[0], group[-1])
        if draft is not None and sum(1 for r in draft.rows if any(c.has_text() for c in r)) >= 2:
            tables.append(draft)
    return tables


_QUOTED_FIELD = re.compile(r'(?:^|\t)"')


def _quoted_record(lines: Sequence[str], i: int) -> tuple[list[str] | str, int]:
    """The tab row starting at line `i` as its fields, and the index of the line after it.

    Excel's tab export quotes a cell holding line breaks or quotes, doubling the quotes inside
    («"Директор<line break>Зам. директора"»): such a row runs on until its quotes are closed. A
    line without tabs is returned as it is.
    """
    line = lines[i]
    if "\t" not in line:
        return line, i + 1
    if not _QUOTED_FIELD.search(line):
        return line.split("\t"), i + 1
    record, j = line, i + 1
    while record.count('"') % 2 and j < len(lines) and j - i <= _MAX_CELL_LINES:
        record, j = f"{record}\n{lines[j]}", j + 1
    if record.count('"') % 2:
        return line.split("\t"), i + 1  # a stray quote, not a quoted cell
    return next(csv.reader(io.StringIO(record), delimiter="\t")), j


def _tab_rows_table(lines: Sequence[str], first: int, last: int) -> TableDraft | None:
    """One row per tab line. A line whose number cell is empty and whose text continues a sentence
    (lowercase) or adds a Задача:/Результат: note is the rest of the row above, cut by a page break.
    A line without tabs continues the widest cell of the row above, or is a full-width stage row.
    """
    end = last + 1
    while end < len(lines) and lines[end].strip() and "\t" not in lines[end] and starts_lower(lines[end]):
        end += 1  # the last row's text wrapped onto lines without tabs
    parsed: list[tuple[int, list[list[str]] | None]] = []
    i = first
    while i < end:
        line, i = _quoted_record(lines, i)
        if isinstance(line, list):
            cells = [cell_lines(field.split("\n")) for field in line]
            if any(c for c in cells):
                parsed.append((i - 1, cells))
            end = max(end, i)
        elif line.strip():
            parsed.append((i - 1, None))
    rows_cells = [c for _, c in parsed if c is not None]
    header_at = next(
        (k for k, c in enumerate(rows_cells[:6]) if header_score([" ".join(x) for x in c]) >= 2), None
    )
    body = rows_cells[header_at + 1 :] if header_at is not None else rows_cells
    numbered = bool(body) and sum(1 for c in body if c and c[0]) >= 0.5 * len(body)

    draft = TableDraft(first, end)
    header: Row | None = None
    for i, row_cells in parsed:
        prev = draft.rows[-1] if draft.rows and draft.rows[-1] is not header else None
        if row_cells is None:
            text = cell_lines([lines[i]])
            if prev is None or not text:
                continue
            filled = sum(1 for c in prev if c.has_text())
            if starts_lower(text[0]) or _is_item(text[0]) or filled < 3 or len(" ".join(text)) > 200:
                merge_row(prev, [[]] * _widest_cell(prev) + [text], join_lower=True)
            else:
                draft.rows.append([CellDraft(text, FULL_WIDTH)])
            continue
        lead = next((c[0] for c in row_cells if c), "")
        if prev is not None and numbered and not row_cells[0] and (starts_lower(lead) or NOTE.match(lead)):
            merge_row(prev, row_cells, join_lower=True)
            continue
        draft.rows.append([CellDraft(c) for c in row_cells])
        if header_at is not None and len(draft.rows) == header_at + 1:
            header = draft.rows[-1]
    _trim_trailing_empty_columns(draft)
    return draft


def _trim_trailing_empty_columns(draft: TableDraft) -> None:
    """`a\tb\t\t` rows end with empty cells: keep as many columns as the widest filled row (the header)."""
    width = max(
        (
            max(k for k, c in enumerate(r) if c.has_text()) + 1
            for r in draft.rows
            if any(c.has_text() for c in r)
        ),
        default=1,
    )
    for row in draft.rows:
        del row[width:]


def _serialized_table(lines: Sequence[str], first: int, last: int) -> TableDraft | None:
    """Seed 001: each tab-led line opens a cell, later lines without a tab belong to it.

    The header is the run of cells before the first blank line; its size is the row width, and the cells
    that follow are dealt into rows of that width (a blank line may sit inside a dates cell, so blank
    lines cannot delimit rows). After the last tab line, lines continue the last cell only until a blank
    line or a line that is not Russian text (OCR garbage of a hidden text layer).
    """
    end = last + 1
    while end < len(lines) and lines[end].strip() and _cyrillic_share(lines[end]) >= 0.5:
        end += 1
    cells: list[list[str]] = []
    blank_before: list[bool] = []
    previous_blank = False
    for i in range(first, end):
        line = lines[i]
        if "\t" in line:
            lead, *more = line.split("\t")
            if lead.strip() and cells:
                cells[-1].append(lead)
            for part in more:
                cells.append([part])
                blank_before.append(previous_blank)
                previous_blank = False
        elif cells:
            cells[-1].append(line)
        previous_blank = _is_blank(line) if "\t" not in line else False
    if not cells:
        return None
    width = next((k for k in range(2, len(cells)) if blank_before[k]), len(cells))
    head = [" ".join(cell_lines(c)) for c in cells[:width]]
    if header_score(head) < 2:
        width = _modal_group_size(blank_before) or width
    draft = TableDraft(first, end)
    for k in range(0, len(cells), width):
        draft.rows.append([CellDraft(cell_lines(c)) for c in cells[k : k + width]])
    return draft


def _modal_group_size(blank_before: Sequence[bool]) -> int | None:
    starts = [k for k, b in enumerate(blank_before) if b] + [len(blank_before)]
    sizes = [b - a for a, b in zip([0, *starts], starts, strict=False) if b - a >= 2]
    return Counter(sizes).most_common(1)[0][0] if sizes else None


# --- pipe tables ----------------------------------------------------------------------------

_MAX_PIPE_CELLS = 40  # a line of more pipes is a rule or noise, not a row


def _is_rule(line: str) -> bool:
    s = line.strip()
    return len(s) >= 3 and bool(re.fullmatch(r"[|+:=\s-]+", s)) and ("-" in s or "=" in s)


def _is_pipe(line: str) -> bool:
    s = line.strip()
    pipes = s.count("|")
    return pipes <= _MAX_PIPE_CELLS and ((s.startswith("|") and pipes >= 2) or pipes >= 3)


def _pipe_cells(line: str) -> list[str]:
    s = line.strip()
    s = s[1:] if s.startswith("|") else s
    s = s[:-1] if s.endswith("|") else s
    return s.split("|")


def find_pipe_tables(lines: Sequence[str], free: Sequence[bool]) -> list[TableDraft]:
    """`| a | b |` rows. Grid tables ruled between rows (`+----+`) have cells of several lines; in a
    table ruled only under its header, a line whose number cell is empty and whose text starts in
    lowercase is the wrapped rest of the row above; `||||` is a row of empty cells."""
    tables: list[TableDraft] = []
    i = 0
    while i < len(lines):
        if not (free[i] and (_is_pipe(lines[i]) or _is_rule(lines[i]))):
            i += 1
            continue
        j = i
        members: list[int] = []
        while j < len(lines) and free[j]:
            if _is_pipe(lines[j]) or _is_rule(lines[j]):
                members.append(j)
            elif not (lines[j].strip() == "" and j + 1 < len(lines) and _is_pipe(lines[j + 1])):
                break
            j += 1
        draft = _pipe_table(lines, members)
        if draft is not None:
            tables.append(draft)
        i = max(j, i + 1)
    return tables


def _pipe_table(lines: Sequence[str], members: list[int]) -> TableDraft | None:
    pipe_rows = [k for k in members if _is_pipe(lines[k]) and not _is_rule(lines[k])]
    if len(pipe_rows) < 2:
        return None
    groups: list[list[int]] = [[]]
    for k in members:
        if _is_rule(lines[k]):
            groups.append([])
        else:
            groups[-1].append(k)
    groups = [g for g in groups if g]
    grid = (
        len(groups) >= 2 and any(len(g) > 1 for g in groups) and sum(_is_rule(lines[k]) for k in members) >= 3
    )
    draft = TableDraft(members[0], members[-1] + 1)
    for group in groups if grid else [[k] for k in pipe_rows]:
        physical = [_pipe_cells(lines[k]) for k in group]
        width = max(len(p) for p in physical)
        cells = [cell_lines([p[c] if c < len(p) else "" for p in physical]) for c in range(width)]
        lead = next((c[0] for c in cells if c), "")
        prev = draft.rows[-1] if draft.rows else None
        if not grid and prev is not None and not cells[0] and starts_lower(lead):
            merge_row(prev, cells, join_lower=False)
        else:
            draft.rows.append([CellDraft(c) for c in cells])
    return draft


# --- assembling -------------------------------------------------------------------------------


def _claim(free: list[bool], drafts: Sequence[TableDraft]) -> list[TableDraft]:
    kept: list[TableDraft] = []
    for d in drafts:
        if all(free[d.start : d.end]):
            free[d.start : d.end] = [False] * (d.end - d.start)
            kept.append(d)
    return kept


def plain_text_blocks(
    lines: Sequence[str], tests: PhraseTests | None, pages: Sequence[int] = ()
) -> list[Block]:
    """Tables by layout family, most explicit first (tabs, pipes, aligned columns, flowing rows, one
    cell per line); the last two need the phrase recognisers `tests`. `pages`: see `page_starts`."""
    free = [True] * len(lines)
    drafts = _claim(free, find_tab_tables(lines))
    drafts += _claim(free, find_pipe_tables(lines, free))
    drafts += _claim(free, find_layout_tables(lines, free, pages))
    if tests is not None:
        drafts += _claim(free, find_flowing_tables(lines, free, tests))
        drafts += _claim(free, find_cell_tables(lines, free, tests))
    drafts.sort(key=lambda d: d.start)
    blocks: list[Block] = []
    position = 0
    n_tables = 0

    def paragraphs(upto: int) -> None:
        for text in _paragraph_lines([lines[k] for k in range(position, upto) if free[k]]):
            blocks.append(Paragraph(text=text, index=len(blocks)))

    for draft in drafts:
        paragraphs(draft.start)
        table = to_raw_table(draft, n_tables)
        if table.rows:
            blocks.append(table)
            n_tables += 1
        position = draft.end
    paragraphs(len(lines))
    return blocks


def extract_text(data: bytes, *, html: bool | None = None) -> ExtractedDocument:
    """Paragraphs and tables of a text or HTML export; `html=None` tells them apart by content."""
    sniff_html = html if html is not None else looks_like_html(data[:4096].decode("latin-1"))
    text = decode(data, html=bool(sniff_html))
    if html is None:
        html = looks_like_html(text)
    warnings = [_BROKEN_CHARACTERS] if "\ufffd" in text else []
    if html:
        blocks = drop_wrapper_blocks(parse_html(text, _fix_line))
        return ExtractedDocument(method="html", blocks=blocks, n_pages=None, warnings=warnings)
    lines = clean_lines(text)
    # The reference is loaded only for a header of a layout read phrase by phrase: others need no vocabulary.
    needs_tests = has_flowing_header(lines) or has_cell_header(lines)
    blocks = plain_text_blocks(lines, default_tests() if needs_tests else None, page_starts(text))
    return ExtractedDocument(method="text", blocks=blocks, n_pages=None, warnings=warnings)
