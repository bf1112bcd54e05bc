import { runInNewContext } from "node:vm";
import { describe, expect, test } from "vitest";
import { spaRoutingCode } from "../../infra/spa-routing";

interface CfRequest {
  method: string;
  uri: string;
  querystring: Record<string, { value: string }>;
  headers: Record<string, { value: string }>;
}

/** Runs the function's source on its own, as CloudFront would, on one viewer request. */
function route(uri: string): { returned: unknown; request: CfRequest } {
  const request: CfRequest = {
    method: "GET",
    uri,
    querystring: { tab: { value: "people" } },
    headers: { host: { value: "d111111abcdef8.cloudfront.net" } },
  };
  const event = { version: "1.0", context: { eventType: "viewer-request" }, request };
  const returned = runInNewContext(`${spaRoutingCode}\nhandler(event);`, { event });
  return { returned, request };
}

describe("the SPA routing function", () => {
  test.each([
    ["/", "/index.html"],
    ["/conferences/abc", "/index.html"],
    ["/conferences/abc/", "/index.html"],
    ["/conferences/abc/people", "/index.html"],
    ["/assets/app.js", "/assets/app.js"],
    ["/assets/index-4f2a.css", "/assets/index-4f2a.css"],
    ["/index.html", "/index.html"],
    ["/favicon.ico", "/favicon.ico"],
  ])("%s is served from %s", (uri, served) => {
    expect(route(uri).request.uri).toBe(served);
  });

  test("it passes the request on, keeping its query string and headers", () => {
    const { returned, request } = route("/conferences/abc");
    expect(returned).toBe(request);
    expect(request).toEqual({
      method: "GET",
      uri: "/index.html",
      querystring: { tab: { value: "people" } },
      headers: { host: { value: "d111111abcdef8.cloudfront.net" } },
    });
  });
});
