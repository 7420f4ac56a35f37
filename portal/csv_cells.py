"""CSV cells that spreadsheet software reads as text, never as a formula.

A cell starting with one of FORMULA_STARTS is a formula to Excel or LibreOffice (CSV injection):
a title "=HYPERLINK(...)" proposed by a visitor would become a live link in the spreadsheet of
whoever opens the export. Such a cell gets a leading apostrophe, which spreadsheets hide."""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def as_text_cell(value):
    value = value or ""
    return f"'{value}" if value.startswith(FORMULA_STARTS) else value
