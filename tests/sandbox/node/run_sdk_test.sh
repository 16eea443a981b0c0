#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Gregor developers
# SPDX-License-Identifier: GPL-3.0-or-later
# CTest wrapper: installs the pinned @upstash/kafka once into a cache outside the clone, then runs
# sdk_test.mjs against the gregor-sandbox executable. Exit 77 (SKIP) when node/npm are missing or
# the npm registry cannot be reached; under CI (CI=true) that is a failure, since the dev root has them.
#   run_sdk_test.sh <gregor-sandbox> <directory of sdk_test.mjs>
set -u
SANDBOX=$1
HERE=$2
VERSION=1.3.5
PREFIX=${GREGOR_NPM_CACHE:-$HOME/.cache/gregor/npm}/upstash-kafka-$VERSION

skip() {
    if [ "${CI:-}" = true ]; then
        echo "FAIL: $1 (CI=true: the dev root provides node and npm, so this is a failure)"
        exit 1
    fi
    echo "SKIP: $1"
    exit 77
}

command -v node >/dev/null 2>&1 || skip "node is not installed"
if [ ! -f "$PREFIX/node_modules/@upstash/kafka/package.json" ]; then
    command -v npm >/dev/null 2>&1 || skip "npm is not installed"
    if ! timeout 20 npm ping --fetch-timeout=8000 --fetch-retries=0 >/dev/null 2>&1; then
        skip "the npm registry cannot be reached, so @upstash/kafka@$VERSION cannot be installed"
    fi
    mkdir -p "$PREFIX"
    [ -f "$PREFIX/package.json" ] || echo '{"private":true}' >"$PREFIX/package.json"
    echo "Installing @upstash/kafka@$VERSION into $PREFIX"
    if ! timeout 180 npm install --prefix "$PREFIX" --no-audit --no-fund --loglevel=error \
        --fetch-retries=1 --fetch-timeout=30000 "@upstash/kafka@$VERSION"; then
        skip "npm could not install @upstash/kafka@$VERSION (no registry?)"
    fi
fi
exec node "$HERE/sdk_test.mjs" "$SANDBOX" "$PREFIX"
