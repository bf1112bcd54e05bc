import { DomainError } from "../../../errors";
import { maxCsvRows, maxLineChars } from "../../common/limits";
import { head } from "../../program/clip";
import { parseCsvRaw } from "./raw";

/** Something to warn about a row before any session is read from it. */
export type RowNote = { ref: string; message: string };

export type Table = { rows: string[][]; notes: RowNote[] };

const chars = maxLineChars.toLocaleString("en-US");

/** The file's rows (the header first), with every cell cut to maxLineChars, and warnings for a
 * file that looks cut off and for each cell that was cut. */
export function readTable(text: string): Table {
  const parsed = parseCsvRaw(text);
  const data = parsed.data;
  const rows = data.every((r) => Array.isArray(r)) ? data : data.filter((r) => Array.isArray(r));
  if (rows.length > maxCsvRows + 1) {
    throw new DomainError(
      "import.too_many_rows",
      `More than ${maxCsvRows.toLocaleString("en-US")} rows: split the file into smaller files`,
      { maxRows: maxCsvRows },
    );
  }
  const notes: RowNote[] = [];
  const unclosed = parsed.errors.find((e) => e.code === "MissingQuotes");
  if (unclosed?.row !== undefined) {
    // Papa reads an unclosed quote to the end of the file, so its row is the last one.
    const row = `row ${unclosed.row + 1}`;
    notes.push({
      ref: row,
      message: `The file looks cut off: it ends inside a quoted cell that opens in ${row}. If the file is complete, a quote in that row is not closed and the rows after it were read into that cell.`,
    });
  } else {
    const short = shortLastRow(rows);
    if (short) notes.push(short);
  }
  const headers = rows[0] ?? [];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] as string[];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c] as string;
      if (cell.length <= maxLineChars) continue;
      row[c] = head(cell, maxLineChars);
      const column = headers[c]?.trim() || `column ${c + 1}`;
      notes.push({
        ref: `row ${r + 1}`,
        message: `The “${head(column, 80)}” cell is longer than ${chars} characters; only its first ${chars} were read`,
      });
    }
  }
  return { rows, notes };
}

/** A last row with fewer cells than the header where every other row has them all: the file was
 * most likely cut there. Files whose rows drop trailing empty cells are not warned about. */
function shortLastRow(rows: string[][]): RowNote | undefined {
  const width = rows[0]?.length ?? 0;
  const last = rows[rows.length - 1];
  if (rows.length < 3 || !last || last.length >= width) return undefined;
  for (let r = 1; r < rows.length - 1; r++)
    if ((rows[r] as string[]).length < width) return undefined;
  return {
    ref: `row ${rows.length}`,
    message: `The file looks cut off: its last row has ${last.length} of the ${width} cells the header names. If the file is complete, fill in that row's missing cells.`,
  };
}
