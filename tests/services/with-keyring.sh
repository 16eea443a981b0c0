#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Gregor developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a test inside a private D-Bus session with a gnome-keyring unlocked by a test password
# (the way libQuotient's CI tests its keychain code). Without the tools the test runs bare and
# skips its keychain cases, saying why.
if [ -z "$GREGOR_IN_KEYRING" ] && command -v dbus-run-session >/dev/null 2>&1 && command -v gnome-keyring-daemon >/dev/null 2>&1; then
    export GREGOR_IN_KEYRING=1
    exec dbus-run-session -- "$0" "$@" 2>/dev/null
fi
if [ -n "$GREGOR_IN_KEYRING" ]; then
    XDG_RUNTIME_DIR=$(mktemp -d)
    export XDG_RUNTIME_DIR
    HOME=$(mktemp -d)
    export HOME
    printf 'gregor-test' | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
    gnome-keyring-daemon --start --components=secrets >/dev/null 2>&1
    export GREGOR_TEST_KEYRING=1
fi
exec "$@"
