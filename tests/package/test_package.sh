#!/bin/bash
# Installation and packaging: `cmake --install` into a prefix, then the .deb that CPack builds,
# unpacked with `dpkg -x` into a temporary root and run from there, away from the source tree
# (docs and presets are embedded, so nothing else is needed).
# Usage: test_package.sh <build-dir>
set -euo pipefail
build=$(cd "$1" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

echo "== cmake --install"
cmake --install "$build" --prefix "$work/prefix" >/dev/null
for f in bin/ddlint share/ddlint/rules/recommended.json share/ddlint/rules/strict.json \
         share/ddlint/schemas/config.schema.json share/ddlint/schemas/report.schema.json \
         share/ddlint/schemas/baseline.schema.json share/doc/ddlint/README.md \
         share/doc/ddlint/ci.md share/doc/ddlint/rules/index.md; do
  [ -e "$work/prefix/$f" ] || fail "cmake --install did not install $f"
done
"$work/prefix/bin/ddlint" --version >/dev/null || fail "installed binary does not run"

echo "== cpack -G DEB"
(cd "$build" && cpack -G DEB -B "$work/deb" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; fail "cpack"; }
deb=$(ls "$work"/deb/*.deb)
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
# The runtime library of libpg_query is libpg-query1504.0; -dev is only headers and the .so link.
grep -q 'libpg-query[0-9.]*' <<<"$depends" || fail "the .deb does not depend on libpg_query's runtime package"
grep -q 'libpg-query-dev' <<<"$depends" && fail "the .deb depends on libpg-query-dev"
# Every library the binary itself needs (DT_NEEDED, not the transitive ones ldd also shows)
# comes from a package the .deb depends on.
for soname in $(readelf -d "$build/src/ddlint" | sed -n 's/.*Shared library: \[\(.*\)\]/\1/p'); do
  lib=$(ldd "$build/src/ddlint" | awk -v s="$soname" '$1 == s {print $3}')
  [ -z "$lib" ] && continue
  pkg=$(dpkg -S "$(readlink -f "$lib")" 2>/dev/null | head -1 | cut -d: -f1) || true
  [ -z "$pkg" ] && continue
  grep -q "${pkg}" <<<"$depends" || fail "$soname comes from $pkg, which the .deb does not depend on"
done
# libpq and Graphviz are opened with dlopen (no DT_NEEDED entry): the loop above cannot see them.
dlopened=libpq5
grep -q '^GVC_FOUND:INTERNAL=1$' "$build/CMakeCache.txt" && dlopened+=" libgvc6 libcgraph6"
for pkg in $dlopened; do
  grep -qw "$pkg" <<<"$depends" || fail "the .deb does not depend on $pkg (opened with dlopen)"
done
needed=$(readelf -d "$build/src/ddlint")
for soname in libpq.so libgvc.so libcgraph.so libssl.so libcrypto.so; do
  grep -qF "Shared library: [$soname" <<<"$needed" &&
    fail "ddlint links $soname; it must be opened with dlopen, only when needed"
done
[ "$(dpkg-deb -f "$deb" Package)" = ddlint ] || fail "package name"

echo "== dpkg -x"
dpkg -x "$deb" "$work/root"
bin="$work/root/usr/bin/ddlint"
[ -x "$bin" ] || fail "no usr/bin/ddlint in the .deb"
[ -f "$work/root/usr/share/doc/ddlint/ci.md" ] || fail "docs not in the .deb"
mkdir "$work/run" && cd "$work/run"
"$bin" --version | grep -q '^ddlint [0-9]' || fail "--version"
"$bin" explain syntax-error | grep -q '^# syntax-error' || fail "explain (embedded docs)"
"$bin" rules --format json | grep -q '"id": "unused-suppression"' || fail "rules --format json"
printf 'CREATE TABLE t (id int, id int);\n' > a.sql
printf '{"extends": "strict"}\n' > strict.json
set +e
out=$("$bin" check a.sql --config strict.json 2>&1); code=$?
set -e
[ $code -eq 1 ] || fail "check: exit $code, expected 1: $out"
grep -q 'a.sql:1:25: error: .*\[semantic-error\]' <<<"$out" || fail "check output: $out"
# Through a file: `grep -q` stops reading at the first match, and a SARIF log larger than the
# pipe buffer would then die of SIGPIPE (a failure under pipefail).
"$bin" check a.sql --format sarif --fail-on never > a.sarif || fail "sarif: exit $?"
grep -q '"version": "2.1.0"' a.sarif || fail "sarif"
echo "package ok: $(basename "$deb")"
