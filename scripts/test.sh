#!/usr/bin/env bash
# Install what the test suite needs on a fresh Debian machine, then run it all.
# Chromium (browser tests) and GDAL (ogrinfo/ogr2ogr) come from Debian;
# the Python test extras (pytest, jsonschema, geopandas, playwright's driver,
# dask ...) from PyPI. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v ogrinfo >/dev/null 2>&1 || missing+=(gdal-bin)
if [ "${#missing[@]}" -gt 0 ]; then
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    echo "installing ${missing[*]} from Debian" >&2
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore -e ".[test]"
exec python3 -m pytest "$@"
