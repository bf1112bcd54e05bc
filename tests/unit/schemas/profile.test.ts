import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { introScriptSchema } from "../../../schemas/profile";

const allFields =
  "{{targetName}}, {{targetLastName}}, {{targetTitle}}, {{targetAffiliation}}, {{conference}}, {{sessionTitle}}, {{sessionDate}}, {{sessionTime}}, {{topic}}, {{note}}, {{myName}}, {{myPosition}}, {{myInstitution}}";

const problems = (script: string) => {
  const result = v.safeParse(introScriptSchema, script);
  return result.success ? [] : result.issues.map((issue) => issue.message);
};

describe("intro script", () => {
  it("names unknown merge fields, with or without spaces inside the braces", () => {
    expect(problems("Dear Dr. {{ targetLastName }}, I am {{myName}}.")).toEqual([]);
    expect(problems("Hi {{nickname}} and {{ pet }}")).toEqual([
      `Unknown merge field {{nickname}}, {{pet}}; use ${allFields}.`,
    ]);
  });

  // Each of these once took seconds to tens of seconds; the test's own timeout catches a relapse.
  it("reads hostile scripts in linear time", () => {
    expect(problems("{{".repeat(60_000))).toEqual([
      "The intro script is longer than 5000 characters.",
    ]);
    expect(problems("{{".repeat(2_500))).toEqual([]);
    expect(problems(`{{${"a".repeat(4_990)}`)).toEqual([]);
    expect(problems(`${"{{ x".repeat(1_200)}}}`)).toEqual([
      `Unknown merge field {{x}}; use ${allFields}.`,
    ]);
  });
});
