#!/usr/bin/env bash
# Builds the Teams app package to upload (Teams admin center > Manage apps > Upload, or Teams > Apps > Manage your
# apps > Upload an app): manifest.json with your bot's app id filled in, and the two icons, zipped flat.
#   deployment/teams/package.sh <MicrosoftAppId> [out.zip]
# COMPANY_NAME and WEBSITE_URL (https, with /privacy and /terms pages) may be set in the environment.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
app_id="${1:?usage: package.sh <MicrosoftAppId> [out.zip]}"
out="$(realpath -m "${2:-handoffbot-teams.zip}")"
if ! [[ "$app_id" =~ ^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$ ]]; then
  echo "package.sh: '$app_id' is not an app id (a GUID: the MicrosoftAppId of the bot's registration)." >&2
  exit 2
fi
company="${COMPANY_NAME:-Example Support}"
website="${WEBSITE_URL:-https://support.example.com}"
if ! [[ "$website" =~ ^https:// ]]; then
  echo "package.sh: WEBSITE_URL must start with https:// (Teams requires it)." >&2
  exit 2
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
sed -e "s|{{MICROSOFT_APP_ID}}|$app_id|g" -e "s|{{COMPANY_NAME}}|$company|g" -e "s|{{WEBSITE_URL}}|${website%/}|g" \
  "$here/manifest.json" > "$work/manifest.json"
cp "$here/color.png" "$here/outline.png" "$work/"
rm -f "$out"
(cd "$work" && zip -q -X "$out" manifest.json color.png outline.png)
echo "$out"
