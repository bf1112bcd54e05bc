import { describe, expect, test } from "vitest";
import { tokenize } from "../../../functions/domain/institutions/normalize";

describe("tokenize", () => {
  test.each([
    ["Brigham & Women’s Hospital", ["brigham", "and", "women", "hospital"]],
    [
      "Dept. of Surgery, St. Louis Univ. Hosp.",
      ["department", "of", "surgery", ",", "saint", "louis", "university", "hospital"],
    ],
    ["Mt. Sinai Med. Ctr.", ["mount", "sinai", "med", "center"]],
    ["School of Medicine", ["school", "of", "med"]],
    ["Medical Centre", ["med", "center"]],
    ["Hôpital Necker–Enfants Malades", ["hopital", "necker", "enfants", "malades"]],
    ["Childrens Hospital", ["children", "hospital"]],
    [
      "NewYork-Presbyterian/Weill Cornell",
      ["new", "york", "presbyterian", "/", "weill", "cornell"],
    ],
    [
      "Otolaryngology - Head and Neck Surgery",
      ["otolaryngology", ",", "head", "and", "neck", "surgery"],
    ],
    [
      "The Ohio State University (OSU); Columbus, OH 43210",
      ["ohio", "state", "university", ",", "osu", ",", "columbus", ",", "oh", "43210"],
    ],
    [", , Harvard ,", ["harvard"]],
    ["", []],
  ])("%s", (text, tokens) => {
    expect(tokenize(text)).toEqual(tokens);
  });
});
