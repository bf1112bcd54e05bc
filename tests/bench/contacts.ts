import { add, list } from "../../functions/domain/contacts/contact";
import { logInteraction } from "../../functions/domain/contacts/log";
import { startLocal } from "../../functions/local/server";
import type { Db } from "../../functions/store/db";
import { signIn, userIdOf } from "../integration/runtime";
import type { Figures } from "./figures";

const contactCount = 500;

/** DynamoDB calls to list 500 contacts, each with a logged meeting, notes and questions of a
 * realistic length: the list must cost the pages of one Query, not a call per contact. */
export async function contactFigures(): Promise<Figures> {
  const runtime = await startLocal({ port: 0, web: "none", dispatchEveryMs: 3_600_000 });
  try {
    const userId = userIdOf(await signIn(runtime, "contacts-bench@example.org"));
    const db = runtime.deps.db;
    const at = new Date("2027-04-15T15:00:00Z");
    for (let i = 0; i < contactCount; i += 25) {
      await Promise.all(
        Array.from({ length: Math.min(25, contactCount - i) }, async (_, k) => {
          const contact = await add(
            db,
            userId,
            {
              name: `Faculty Member ${i + k}`,
              credentials: ["MD", "FACS"],
              title: "Program Director, General Surgery Residency",
              institution: "Lakemont University Hospital",
              notes: "Talked about the research year and the categorical match. ".repeat(12),
              why: "Program director at a target program that has taken off-cycle PGY-2s.",
            },
            at,
          );
          await logInteraction(
            db,
            userId,
            contact.id,
            { kind: "met", note: "At the poster session." },
            at,
          );
        }),
      );
    }
    let calls = 0;
    const counting: Db = {
      ...db,
      get: (input) => {
        calls++;
        return db.get(input);
      },
      query: (input) => {
        calls++;
        return db.query(input);
      },
    };
    const contacts = await list(counting, userId);
    if (contacts.length !== contactCount || contacts.some((c) => c.lastContact === undefined)) {
      throw new Error(
        `listed ${contacts.length} contacts, not ${contactCount} with a last contact`,
      );
    }
    return {
      "contacts.list_calls": {
        value: calls,
        unit: "count",
        note: `DynamoDB calls to list ${contactCount} contacts with their status and last contact`,
        budget: { max: 2 },
      },
    };
  } finally {
    await runtime.close();
  }
}
