/** CloudFront Function (cloudfront-js-2.0, viewer request) for the site's default behavior.
 * The app routes in the browser, so a path whose last segment has no dot is a page, not a file,
 * and gets index.html. This replaces distribution-wide error pages, which would also rewrite the
 * API's 403/404 JSON answers under /api/*. */
export const spaRoutingCode = `function handler(event) {
  var request = event.request;
  if (request.uri.split("/").pop().indexOf(".") === -1) request.uri = "/index.html";
  return request;
}`;
