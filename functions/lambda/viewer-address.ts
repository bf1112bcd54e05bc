import { isIP } from "node:net";

/** The IP address in a `CloudFront-Viewer-Address` value, or undefined when there is none.
 * CloudFront writes the address it received the request from and that connection's source port:
 * `198.51.100.10:46532`, and for IPv6 the address with the port after its last colon. The
 * bracketed `[2001:db8::1]:46532` and forms without a port are read too. */
export function viewerIp(value: string | undefined): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(text);
  if (bracketed) return isIP(bracketed[1] ?? "") === 6 ? bracketed[1] : undefined;
  if (isIP(text) === 4) return text;
  const colon = text.lastIndexOf(":");
  const host = text.slice(0, colon);
  // CloudFront always appends the port, so a trailing `:<digits>` is the port even where the
  // text would also read as a complete IPv6 address.
  if (colon > 0 && /^\d{1,5}$/.test(text.slice(colon + 1)) && isIP(host) !== 0) return host;
  return isIP(text) === 6 ? text : undefined;
}
