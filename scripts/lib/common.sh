# shellcheck shell=bash
# Shared by the scripts in scripts/: where things are, which Debian packages the
# build needs, and how to install the missing ones. Source it; do not run it.

MFAPOLICY_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
MFAPOLICY_CACHE_DIR="${MFAPOLICY_CACHE_DIR:-$HOME/.cache/mfa-policy-studio}"
MFAPOLICY_MIRROR="${MFAPOLICY_MIRROR:-http://deb.debian.org/debian}"

# What compiling needs, on Debian 12 and 13 alike.
MFAPOLICY_BUILD_PACKAGES=(
    g++ cmake ninja-build
    qt6-base-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6
    libgl-dev nlohmann-json3-dev
    ccache
)
# What running the studio and the GUI tests needs: an X server for people without a
# display, CJK fonts because the interface exists in Japanese, and Qt's own Japanese words
# (the buttons of standard dialogs).
MFAPOLICY_RUNTIME_PACKAGES=(xvfb xauth fonts-noto-cjk qt6-translations-l10n)
# Installed only where the distribution has them (Debian 13 on): the highlighter, and
# Qt's SVG icon engine, which Debian 12 still ships inside libqt6svg6.
MFAPOLICY_OPTIONAL_PACKAGES=(libkf6syntaxhighlighting-dev qt6-svg-plugins)

mfapolicy_jobs() {
    nproc 2>/dev/null || echo 2
}

mfapolicy_as_root() {
    if [[ $EUID -eq 0 ]]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        echo "error: '$*' needs root and sudo is not installed" >&2
        return 1
    fi
}

mfapolicy_is_installed() {
    [[ "$(dpkg-query -W -f='${db:Status-Abbrev}' "$1" 2>/dev/null)" == ii* ]]
}

mfapolicy_apt_lists_empty() {
    ! compgen -G '/var/lib/apt/lists/*_Packages*' >/dev/null
}

# A package the configured sources can install (apt-cache finds a candidate).
mfapolicy_is_available() {
    local candidate
    candidate="$(apt-cache policy "$1" 2>/dev/null | awk '/Candidate:/ {print $2}')"
    [[ -n "$candidate" && "$candidate" != "(none)" ]]
}

mfapolicy_apt_get() {
    local attempt
    for attempt in 1 2 3; do
        if mfapolicy_as_root env DEBIAN_FRONTEND=noninteractive apt-get -o Acquire::Retries=3 "$@" </dev/null; then
            return 0
        fi
        echo "apt-get $1 failed (attempt $attempt of 3)" >&2
        sleep $((attempt * 5))
    done
    return 1
}

# mfapolicy_ensure_packages PKG... [-- OPTIONAL_PKG...]
# Installs whatever is missing with one apt-get call and says so in one line.
mfapolicy_ensure_packages() {
    local required=() optional=() missing=() pkg in_optional=0 updated=0
    for pkg in "$@"; do
        if [[ "$pkg" == -- ]]; then in_optional=1; continue; fi
        if ((in_optional)); then optional+=("$pkg"); else required+=("$pkg"); fi
    done
    for pkg in "${required[@]}"; do
        mfapolicy_is_installed "$pkg" || missing+=("$pkg")
    done
    local optional_missing=()
    for pkg in "${optional[@]}"; do
        mfapolicy_is_installed "$pkg" || optional_missing+=("$pkg")
    done
    # Whether an optional package exists can only be told from package lists; a fresh
    # machine has none yet.
    if ((${#missing[@]} + ${#optional_missing[@]} > 0)) && mfapolicy_apt_lists_empty; then
        mfapolicy_apt_get update -qq
        updated=1
    fi
    for pkg in "${optional_missing[@]}"; do
        if mfapolicy_is_available "$pkg"; then missing+=("$pkg"); fi
    done
    ((${#missing[@]} == 0)) && return 0
    echo "Installing build dependencies: ${missing[*]}"
    ((updated)) || mfapolicy_apt_get update -qq
    mfapolicy_apt_get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

mfapolicy_ensure_build_dependencies() {
    mfapolicy_ensure_packages "${MFAPOLICY_BUILD_PACKAGES[@]}" "${MFAPOLICY_RUNTIME_PACKAGES[@]}" \
        -- "${MFAPOLICY_OPTIONAL_PACKAGES[@]}"
    mfapolicy_ensure_awscli
}

# The tests of the live account (tests/aws) run the AWS CLI and a local IAM API (moto_server),
# which the project's build machines have; elsewhere those tests skip with a message saying what
# to install. MFAPOLICY_INSTALL_AWSCLI=1 installs Debian's awscli where no `aws` is on the PATH
# (not by default: the tests' expectations of the CLI's messages were checked with AWS CLI 1.45
# only). moto_server is not packaged by Debian and is never installed from here.
mfapolicy_ensure_awscli() {
    [[ "${MFAPOLICY_INSTALL_AWSCLI:-0}" == 1 ]] || return 0
    command -v aws >/dev/null 2>&1 && return 0
    if mfapolicy_apt_lists_empty; then
        mfapolicy_apt_get update -qq || true
    fi
    if ! mfapolicy_is_available awscli; then
        echo "note: the AWS CLI is missing and Debian's awscli is not available; tests/aws will skip"
        return 0
    fi
    echo "Installing the AWS CLI for tests/aws: awscli"
    if ! mfapolicy_apt_get install -y -qq --no-install-recommends awscli >/dev/null; then
        echo "note: installing awscli failed; tests/aws will skip what needs it" >&2
    fi
    return 0
}

# Compiler cache for the scripts' builds: a fresh clone (as in CI) recompiles only what
# changed since the last build on this machine. Paths below the checkout are hashed
# relative to it, so clones in other folders share the cache.
export CCACHE_BASEDIR="$MFAPOLICY_ROOT"
# The compiler is recognised by its contents, not its file date, so that the fresh Debian 12
# root of scripts/test-fresh-clone, whose g++ is the same package, shares the host's cache.
export CCACHE_COMPILERCHECK=content
# Debug builds record the build folder; without this a clone in another folder (as in CI) would
# share nothing with the last build. The debug information then names the folder of the first build.
export CCACHE_NOHASHDIR=1
mfapolicy_launcher_args() {
    if command -v ccache >/dev/null 2>&1; then
        echo "-DCMAKE_CXX_COMPILER_LAUNCHER=ccache"
    fi
}
