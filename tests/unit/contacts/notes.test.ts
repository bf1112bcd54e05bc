import { describe, expect, it } from "vitest";
import { mergeNotes } from "../../../functions/domain/contacts/notes";

describe("mergeNotes", () => {
  it.each([
    ["unchanged elsewhere: mine wins", "Old", "Old", "New", "New"],
    ["unchanged here: theirs stays", "Theirs", "Old", "Old", "Theirs"],
    ["both changed: both kept, stored first", "Theirs", "Old", "Mine", "Theirs\n\nMine"],
    ["cleared here while changed elsewhere: theirs stays", "Theirs", "Old", "", "Theirs"],
    ["stored empty: mine", "", "Old", "Mine", "Mine"],
    ["the same text sent again: once", "Theirs\n\nMine", "Old", "Mine", "Theirs\n\nMine"],
    ["mine grew from theirs: mine", "Theirs", "Old", "Theirs and more", "Theirs and more"],
  ])("%s", (_, current, base, mine, kept) => {
    expect(mergeNotes(current, base, mine)).toBe(kept);
  });
});
