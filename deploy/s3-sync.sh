#!/usr/bin/env bash
# Publish a built site (dist/) to an S3 bucket served by CloudFront (docs/deploy.md).
#
#   BUCKET=my-filings bash deploy/s3-sync.sh
#   BUCKET=my-filings PREFIX=my-filings DISTRIBUTION_ID=E123ABC bash deploy/s3-sync.sh
#
# S3 does not read dist/_headers, so the cache rules it holds are given here file by file:
# content-hashed files (Astro's /_astro/ bundles, Pagefind's index, fragment and filter chunks,
# a merged site's /_shards/*/pagefind/ too) are uploaded first and cached for a year, so that
# the pages uploaded next never name a chunk that is not there yet; everything else — pages,
# JSON twins, Pagefind's entry files — for five minutes. Raw sources are served as UTF-8 text.
# Old hashed files are kept (a reader mid-visit may still ask for them); every other file the
# build no longer has is deleted. The Content-Security-Policy and the 404 page are set on the
# CloudFront distribution (docs/deploy.md prints the policy from dist/_headers).
set -euo pipefail

: "${BUCKET:?Set BUCKET to the bucket name, e.g. BUCKET=my-filings bash deploy/s3-sync.sh}"
DIST="${DIST:-dist}"
# A folder in the bucket, for a site built with SITE_BASE=/PREFIX/ (none: the bucket's root).
PREFIX="${PREFIX:-}"
AWS="${AWS:-aws}"
target="s3://${BUCKET}/${PREFIX#/}"
target="${target%/}/"

if [ ! -f "$DIST/_headers" ]; then
	echo "s3-sync: $DIST/_headers is missing. Build the site first (npm run build), or set DIST to its folder." >&2
	exit 1
fi

immutable='public, max-age=31536000, immutable'
short='public, max-age=300, must-revalidate'
hashed=()
for folder in _astro pagefind/fragment pagefind/index pagefind/filter \
	'_shards/*/pagefind/fragment' '_shards/*/pagefind/index' '_shards/*/pagefind/filter'; do
	hashed+=("$folder/*")
done
includeHashed=(--exclude '*')
excludeHashed=()
for pattern in "${hashed[@]}"; do
	includeHashed+=(--include "$pattern")
	excludeHashed+=(--exclude "$pattern")
done
# Instructions for other hosts, not files of the site.
hostFiles=(--exclude _headers --exclude _redirects)

"$AWS" s3 sync "$DIST" "$target" "${includeHashed[@]}" --cache-control "$immutable" --only-show-errors
"$AWS" s3 sync "$DIST" "$target" "${excludeHashed[@]}" "${hostFiles[@]}" --exclude '*.txt' \
	--cache-control "$short" --delete --only-show-errors
"$AWS" s3 sync "$DIST" "$target" --exclude '*' --include '*.txt' \
	--content-type 'text/plain; charset=utf-8' --cache-control "$short" --only-show-errors

if [ -n "${DISTRIBUTION_ID:-}" ]; then
	# Pages are cached five minutes at the edge as well; make the new ones visible now.
	"$AWS" cloudfront create-invalidation --distribution-id "$DISTRIBUTION_ID" --paths "/${PREFIX#/}*" >/dev/null
fi
echo "s3-sync: $DIST published to $target"
