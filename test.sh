#!/usr/bin/env bash
# Runs every HandoffBot test. On a fresh Debian machine with the .NET SDK it first installs what the tests need
# (Debian packages, when a test needs a program), then runs `dotnet test` on the whole solution and ends with
# one line "N passed, N failed, N skipped". Exits non-zero when a test failed or when no test ran.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# Debian packages the tests drive for real (browsers, database servers, mail servers), installed when missing.
# SQLite ships inside Microsoft.Data.Sqlite. chromium: the browser tests (Playwright drives /usr/bin/chromium);
# fonts-liberation: readable text in their screenshots. dovecot-imapd: the IMAP server the email tests put customer
# mail in (each test starts its own instance on a free loopback port; the SMTP side runs inside the tests).
# zip: deployment/teams/package.sh builds the Teams app package with it.
APT_PACKAGES=(chromium fonts-liberation dovecot-imapd zip)
# The bot's build installs the Web Chat and SignalR bundles with npm (bot/package.json).
command -v npm >/dev/null 2>&1 || APT_PACKAGES+=(nodejs npm)

missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing test dependencies: ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

results="$(mktemp -d)"
log="$results/test.log"
set +e
# Build first, then run the test assemblies: with --no-build, dotnet test starts them side by side instead of
# running the adapters' tests only after the bot's have finished.
dotnet build HandoffBot.sln 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
if [ "$status" -eq 0 ]; then
  dotnet test HandoffBot.sln --no-build --logger "trx" --results-directory "$results" "$@" 2>&1 | tee -a "$log"
  status=${PIPESTATUS[0]}
fi
set -e

# Sum the per-assembly summaries ("Failed!  - Failed: 1, Passed: 41, Skipped: 0, Total: 42, ...").
read -r passed failed skipped < <(
  grep -E '(Passed|Failed)! +- +Failed: +[0-9]+, Passed: +[0-9]+, Skipped: +[0-9]+' "$log" \
    | sed -E 's/.*Failed: +([0-9]+), Passed: +([0-9]+), Skipped: +([0-9]+).*/\2 \1 \3/' \
    | awk '{p+=$1; f+=$2; s+=$3} END {print p+0, f+0, s+0}')

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  # The build or a test host failed before any test could report: count that as a failure.
  failed=1
fi
echo "test results (.trx): $results; slowest tests: build/slowest-tests.py $results"
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
if [ "$passed" -eq 0 ]; then
  echo "No test ran." >&2
  exit 1
fi
[ "$failed" -eq 0 ] && [ "$status" -eq 0 ]
