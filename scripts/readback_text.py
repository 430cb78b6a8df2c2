"""What the briefing formats do to a text before a reader sees it, and how a cell's entry reads, for the read-back
checks (check_docx.py, check_xlsx.py): the one statement of those rules on the Python side, mirroring the renderers'."""

LINE_BREAKS = {"\n", "\r", "\x0b", "\x0c", "\x85", "\u2028", "\u2029"}


def visible(text):
    """The text as a DOCX or XLSX renderer writes it: hidden characters as U+FFFD, every line break as LF."""
    out = []
    i = 0
    while i < len(text):
        ch = text[i]
        code = ord(ch)
        if ch in LINE_BREAKS:
            out.append("\n")
            if ch == "\r" and text[i + 1:i + 2] == "\n":
                i += 1
        elif ch == "\t":
            out.append(ch)
        elif code < 0x20 or 0x7F <= code <= 0x9F or 0x202A <= code <= 0x202E or 0x2066 <= code <= 0x2069 \
                or code in (0xFFFE, 0xFFFF):
            out.append("\ufffd")
        else:
            out.append(ch)
        i += 1
    return "".join(out)


def entry_text(entry):
    """One entry of a view JSON cell as the briefing prints it: its text, its qualifier in brackets, its citations."""
    text = entry["text"]
    if entry.get("qualifier"):
        text += " (" + entry["qualifier"] + ")"
    if entry["footnotes"]:
        text += " [" + ", ".join(str(n) for n in entry["footnotes"]) + "]"
    return text


def column_heading(column):
    """A column's heading as the tool writes it (TableLayout.forEachHeadingPiece): "Jurisdiction: Initiative", or the
    jurisdiction alone for a column without a heading of its own (a jurisdiction's column in an indicator view)."""
    label, own = column["jurisdictionLabel"], column["heading"]
    if not label:
        return own
    return label if not own else label + ": " + own
