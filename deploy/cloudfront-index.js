// CloudFront Function (viewer request, runtime cloudfront-js-2.0) for a site in a private S3
// bucket (docs/deploy.md): a folder URL (`/filings/x/`) is served its `index.html`, as every
// static host does, and a URL without its trailing slash is redirected to the folder, as the
// site's links are written (Astro's trailingSlash: 'always').
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- CloudFront calls the function named handler.
function handler(event) {
	var request = event.request;
	var uri = request.uri;
	if (uri.endsWith('/')) {
		request.uri = uri + 'index.html';
	} else if (uri.split('/').pop().indexOf('.') === -1) {
		return { statusCode: 301, statusDescription: 'Moved Permanently', headers: { location: { value: uri + '/' } } };
	}
	return request;
}
