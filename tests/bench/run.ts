import { mkdir, writeFile } from "node:fs/promises";
import { contactFigures } from "./contacts";
import { dayOfFigures } from "./dayof";
import { dispatchFigures } from "./dispatch";
import { budgetText, type Figures, overBudget } from "./figures";
import { hostileFigures } from "./hostile";
import { importNormalizeFigures } from "./import-normalize";
import { importStoreFigures } from "./import-store";
import { lambdaFigures } from "./lambda";
import { suggestFigures } from "./suggest";

/** Every benchmark, in order. Each adds figures under its own prefix. */
const benches: (() => Promise<Figures>)[] = [
  lambdaFigures,
  importNormalizeFigures,
  importStoreFigures,
  suggestFigures,
  contactFigures,
  dispatchFigures,
  hostileFigures,
  dayOfFigures,
];

const figures: Figures = {};
for (const bench of benches) Object.assign(figures, await bench());

const results = new URL("./results/", import.meta.url);
await mkdir(results, { recursive: true });
const written = Object.fromEntries(
  Object.entries(figures).map(([name, { value, unit, note, budget }]) => [
    name,
    {
      value,
      unit,
      note: budget ? `${note}; budget ${budgetText({ value, unit, note, budget })}` : note,
    },
  ]),
);
await writeFile(
  new URL("latest.json", results),
  `${JSON.stringify({ at: new Date().toISOString(), node: process.version, figures: written }, null, 2)}\n`,
);

const outside = Object.entries(figures).filter(([, f]) => overBudget(f));
console.table(
  Object.fromEntries(
    Object.entries(figures).map(([name, f]) => [
      name,
      { value: f.value, unit: f.unit, budget: budgetText(f), note: f.note },
    ]),
  ),
);
if (outside.length > 0) {
  console.error(`Over budget: ${outside.map(([name]) => name).join(", ")}`);
  process.exitCode = 1;
}
