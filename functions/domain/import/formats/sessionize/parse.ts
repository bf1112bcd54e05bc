import { DomainError } from "../../../errors";
import { type ParseContext, type ParseOutput, requireZone } from "../../common/context";
import { htmlToText } from "../../common/html";
import { IdMap, type Obj, obj, readJson, str } from "../../common/json";
import { cleanOptional, decodedOptional, decodedText } from "../../common/normalize";
import { splitTagline } from "../../people/affiliation";
import { isPlaceholder, parsePersonName } from "../../people/people";
import type { DraftPerson, PersonHandle } from "../../people/person-registry";
import { type DraftSeat, ProgramBuilder } from "../../program/builder";
import { parseIsoDateTime } from "../../time/wall";
import { wallToEpoch } from "../../time/zone";

const KIND_CATEGORY = /format|type|kind/i;
const TRACK_CATEGORY = /track|topic|categor|theme|stream|specialt/i;

function list(v: unknown): Obj[] {
  return Array.isArray(v) ? v.map(obj) : [];
}

function personOf(s: Obj): DraftPerson | undefined {
  const full =
    decodedText(s.fullName) || decodedText(`${str(s.firstName) ?? ""} ${str(s.lastName) ?? ""}`);
  if (full === "") return undefined;
  const { name, credentials, affiliation } = parsePersonName(full);
  const tagline = splitTagline(decodedText(s.tagLine));
  return {
    name,
    credentials,
    affiliation: affiliation || tagline.affiliation,
    title: tagline.title,
    bio: htmlToText(s.bio),
  };
}

/** Category items -> track and kind names, by the category's title ("Track", "Session format"). */
function categoryIndex(categories: Obj[]): IdMap<{ field: "track" | "kind"; name: string }> {
  const index = new IdMap<{ field: "track" | "kind"; name: string }>();
  for (const c of categories) {
    const title = decodedText(c.title);
    const field = KIND_CATEGORY.test(title)
      ? "kind"
      : TRACK_CATEGORY.test(title)
        ? "track"
        : undefined;
    if (!field) continue;
    for (const item of list(c.items)) {
      const id = str(item.id);
      const name = decodedOptional(item.name);
      if (id && name) index.set(id, { field, name });
    }
  }
  return index;
}

/** Sessionize "All data" JSON. Times are local without offset, read in the zone the user gives. */
export function parseSessionize(text: string, ctx: ParseContext): ParseOutput {
  const root = obj(readJson(text, ctx));
  if (!Array.isArray(root.sessions)) {
    throw new DomainError("import.unknown_format", "This JSON has no Sessionize “sessions” list");
  }
  const sessions = list(root.sessions);
  const hasLocalTimes = sessions.some((s) => {
    const t = typeof s.startsAt === "string" ? parseIsoDateTime(s.startsAt) : undefined;
    return t !== undefined && t.offsetMs === undefined;
  });
  const zone = hasLocalTimes ? requireZone(ctx, "sessionize") : (ctx.timeZone ?? "UTC");
  const b = new ProgramBuilder(zone);
  const sessionIds = new IdMap<true>();
  for (const s of sessions) sessionIds.set(s.id, true);
  const speakers = new IdMap<Speaker>();
  for (const s of list(root.speakers)) {
    const id = str(s.id) ?? "";
    const person = personOf(s);
    if (!person) {
      b.warn(`speaker ${id}`, "Speaker without a name");
      continue;
    }
    const placeholder = isPlaceholder(person.name);
    if (placeholder) b.warn(`speaker ${id}`, `“${person.name}” names nobody yet; left out`);
    // A null handle seats nobody: the sessions listing a placeholder need no warning of their own.
    speakers.set(id, { person, handle: placeholder ? null : undefined });
    for (const sid of Array.isArray(s.sessions) ? s.sessions : []) {
      if (!sessionIds.has(sid))
        b.warn(
          `speaker ${id}`,
          `${person.name} lists session ${str(sid)}, which is not in the file`,
        );
    }
  }
  const rooms = new IdMap<string | undefined>();
  for (const r of list(root.rooms)) rooms.set(r.id, decodedOptional(r.name));
  const categories = categoryIndex(list(root.categories));
  for (const s of sessions) addSession(b, s, { speakers, rooms, categories });
  return { program: b.finish({ title: "" }) };
}

/** A speaker from the speakers list; the builder fills in the handle at first use. */
type Speaker = { person: DraftPerson; handle: PersonHandle | null | undefined };

type Lookups = {
  speakers: IdMap<Speaker>;
  rooms: IdMap<string | undefined>;
  categories: IdMap<{ field: "track" | "kind"; name: string }>;
};

function timeOf(v: unknown, zone: string): number | undefined {
  const t = typeof v === "string" ? parseIsoDateTime(v) : undefined;
  if (!t) return undefined;
  return t.offsetMs !== undefined ? t.wall - t.offsetMs : wallToEpoch(zone, t.wall);
}

function addSession(b: ProgramBuilder, s: Obj, { speakers, rooms, categories }: Lookups): void {
  const id = str(s.id);
  const ref = `session ${id ?? b.count + 1}`;
  const start = timeOf(s.startsAt, b.timeZone);
  if (start === undefined) {
    b.warn(ref, `“${decodedText(s.title)}” has no start time (not scheduled yet); skipped`);
    return;
  }
  const people: DraftSeat[] = [];
  for (const sp of Array.isArray(s.speakers) ? s.speakers : []) {
    // Some exports embed {id, name} objects instead of ids.
    const key = typeof sp === "string" ? sp : (str(sp) ?? str(obj(sp).id) ?? "");
    const known = speakers.get(key);
    if (known) {
      people.push({ person: known.person, role: "speaker", memo: known });
      continue;
    }
    const name = decodedOptional(obj(sp).name);
    if (name) people.push({ person: { name }, role: "speaker" });
    else b.warn(ref, `Speaker ${key} is not in the speakers list`);
  }
  const tracks: string[] = [];
  const kinds: string[] = [];
  for (const item of Array.isArray(s.categoryItems) ? s.categoryItems : []) {
    const c = categories.get(
      typeof item === "number" ? item : (str(item) ?? str(obj(item).id) ?? ""),
    );
    if (c) (c.field === "track" ? tracks : kinds).push(c.name);
  }
  if (kinds.length === 0 && s.isServiceSession === true) kinds.push("service");
  b.add({
    sourceId: id,
    title: decodedText(s.title),
    start,
    end: timeOf(s.endsAt, b.timeZone),
    room: rooms.get(s.roomId) ?? decodedOptional(s.room),
    track: tracks.join(", ") || undefined,
    kind: kinds.join(", ") || undefined,
    url: cleanOptional(str(s.liveUrl)) ?? cleanOptional(str(s.recordingUrl)),
    description: htmlToText(s.description),
    people,
    ref,
  });
}
