#!/bin/sh
# The Go side of `make ports` builds offline against Debian's Go and kin-openapi (GOPATH mode: the Go
# module proxy is not used). Installs them with apt-get when run as root, else says how.
set -eu
PACKAGES="golang-go golang-github-getkin-kin-openapi-dev"
if command -v go >/dev/null 2>&1 && [ -d /usr/share/gocode/src/github.com/getkin/kin-openapi/openapi3filter ]; then
    exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "==> installing $PACKAGES (Debian) for make ports"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $PACKAGES >/dev/null
else
    echo "make ports needs Go and kin-openapi from Debian: sudo apt-get install $PACKAGES" >&2
    exit 1
fi
