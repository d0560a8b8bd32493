# shellcheck shell=bash
# Debian roots made with debootstrap, kept in the cache folder outside the checkout:
#   debian13-base  pristine Debian 13 minbase root, never changed after debootstrap
#   debian13       build root: base + build dependencies (marker file once verified)
#   debian13-test  disposable root for installing the package, reset from the base
#   debian12-base  pristine Debian 12 minbase root (scripts/test-fresh-clone)
#   debian12-fresh disposable root for a new user's first build, reset from its base
# Source after common.sh. Needs root (mount, chroot).

MFAPOLICY_SUITE=trixie
MFAPOLICY_BASE_ROOT="$MFAPOLICY_CACHE_DIR/debian13-base"
MFAPOLICY_DEBIAN12_BASE_ROOT="$MFAPOLICY_CACHE_DIR/debian12-base"
MFAPOLICY_BUILD_ROOT="$MFAPOLICY_CACHE_DIR/debian13"
MFAPOLICY_TEST_ROOT="$MFAPOLICY_CACHE_DIR/debian13-test"
MFAPOLICY_READY_MARKER=.mfapolicy-ready
# Where the checkout appears inside a root.
MFAPOLICY_CHROOT_TOP=/srv/mfa-policy-studio
MFAPOLICY_CHROOT_SRC=$MFAPOLICY_CHROOT_TOP/src
# Packages of the build root beyond the build dependencies: the syntax highlighter is
# required there, ccache keeps rebuilds of fresh clones short, dpkg-dev and file let CPack
# compute the package's dependencies, and the last two validate the desktop metadata.
MFAPOLICY_DEBIAN13_EXTRA_PACKAGES=(
    libkf6syntaxhighlighting-dev qt6-svg-plugins ccache dpkg-dev file desktop-file-utils appstream
)

MFAPOLICY_MOUNTS=()

mfapolicy_require_root() {
    if [[ $EUID -ne 0 ]]; then
        echo "error: $(basename "$0") needs root (debootstrap, mount, chroot); run it with sudo" >&2
        exit 2
    fi
}

mfapolicy_mount() {
    local target=$2
    mkdir -p "$target"
    if [[ $1 == proc ]]; then
        mount -t proc proc "$target"
    else
        mount --bind "$1" "$target"
    fi
    MFAPOLICY_MOUNTS+=("$target")
}

mfapolicy_unmount_all() {
    local i
    for ((i = ${#MFAPOLICY_MOUNTS[@]} - 1; i >= 0; i--)); do
        umount "${MFAPOLICY_MOUNTS[i]}" 2>/dev/null || umount -l "${MFAPOLICY_MOUNTS[i]}" 2>/dev/null || true
    done
    MFAPOLICY_MOUNTS=()
}

# Refuses to delete a root while anything is mounted below it: a bind-mounted checkout
# would be deleted with it.
mfapolicy_remove_root() {
    local dir
    dir="$(realpath -m "$1")"
    if awk -v d="$dir" '$2 == d || index($2, d "/") == 1 { found = 1 } END { exit !found }' /proc/mounts; then
        echo "error: something is still mounted below $dir; not removing it" >&2
        return 1
    fi
    rm -rf --one-file-system "$dir"
}

mfapolicy_root_works() {
    [[ -x "$1/usr/bin/apt-get" ]] && chroot "$1" true 2>/dev/null
}

mfapolicy_host_tools() {
    local tools=(debootstrap)
    mfapolicy_ensure_packages "${tools[@]}"
}

# mfapolicy_ensure_base_root [SUITE BASE]: a working pristine minbase root of SUITE in BASE
# (default: Debian 13 in debian13-base), made with debootstrap when missing or broken.
mfapolicy_ensure_base_root() {
    local suite="${1:-$MFAPOLICY_SUITE}" base="${2:-$MFAPOLICY_BASE_ROOT}"
    if [[ -f "$base/$MFAPOLICY_READY_MARKER" ]] && mfapolicy_root_works "$base"; then
        return 0
    fi
    mfapolicy_host_tools
    local partial="$base.partial" log="$MFAPOLICY_CACHE_DIR/debootstrap-$suite.log" attempt
    mkdir -p "$MFAPOLICY_CACHE_DIR"
    for attempt in 1 2 3; do
        mfapolicy_remove_root "$partial"
        echo "Creating a Debian $suite root with debootstrap (attempt $attempt of 3)"
        if debootstrap --variant=minbase "$suite" "$partial" "$MFAPOLICY_MIRROR" >"$log" 2>&1 \
            && mfapolicy_root_works "$partial"; then
            touch "$partial/$MFAPOLICY_READY_MARKER"
            mfapolicy_remove_root "$base"
            mv "$partial" "$base"
            return 0
        fi
        tail -n 5 "$log" >&2
        sleep $((attempt * 10))
    done
    echo "error: debootstrap failed three times; see $log" >&2
    return 1
}

# mfapolicy_copy_root DEST [BASE]: DEST becomes a fresh copy of the pristine BASE (default:
# the Debian 13 base).
mfapolicy_copy_root() {
    local partial="$1.partial"
    mfapolicy_remove_root "$partial"
    cp -a "${2:-$MFAPOLICY_BASE_ROOT}" "$partial"
    rm -f "$partial/$MFAPOLICY_READY_MARKER"
    mfapolicy_remove_root "$1"
    mv "$partial" "$1"
}

# Mounts what every use of a root needs: /proc, network name resolution and a package
# cache per release shared by its roots, so a test root does not download Qt on every run.
mfapolicy_prepare_root() {
    local root=$1 archives="$MFAPOLICY_CACHE_DIR/apt-archives${2:+-$2}"
    cp -L /etc/resolv.conf "$root/etc/resolv.conf"
    # These roots are rebuilt when broken, so dpkg need not sync after every file:
    # installing Qt into a clean root takes minutes less.
    echo force-unsafe-io >"$root/etc/dpkg/dpkg.cfg.d/mfapolicy-unsafe-io"
    mkdir -p "$archives/partial"
    # Packages downloaded before the shared cache existed are not downloaded again.
    find "$root/var/cache/apt/archives" -maxdepth 1 -name '*.deb' \
        -exec mv -n -t "$archives" {} + 2>/dev/null || true
    mfapolicy_mount proc "$root/proc"
    mfapolicy_mount /dev/pts "$root/dev/pts"
    mfapolicy_mount "$archives" "$root/var/cache/apt/archives"
}

mfapolicy_mount_sources() {
    local root=$1
    mfapolicy_mount "$MFAPOLICY_ROOT" "$root$MFAPOLICY_CHROOT_SRC"
    mkdir -p "$MFAPOLICY_CACHE_DIR/ccache-debian13"
    mfapolicy_mount "$MFAPOLICY_CACHE_DIR/ccache-debian13" "$root$MFAPOLICY_CHROOT_TOP/ccache"
}

# mfapolicy_in_root ROOT SCRIPT: runs a bash script inside ROOT with a clean environment.
mfapolicy_in_root() {
    chroot "$1" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM=dumb CI="${CI:-}" \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        CCACHE_DIR=$MFAPOLICY_CHROOT_TOP/ccache \
        bash -euo pipefail -c "$2" </dev/null
}

mfapolicy_provision_build_root() {
    local root=$1
    mfapolicy_in_root "$root" "
        source $MFAPOLICY_CHROOT_SRC/scripts/lib/common.sh
        mfapolicy_ensure_packages \"\${MFAPOLICY_BUILD_PACKAGES[@]}\" \"\${MFAPOLICY_RUNTIME_PACKAGES[@]}\" \
            ${MFAPOLICY_DEBIAN13_EXTRA_PACKAGES[*]}
        for pkg in \"\${MFAPOLICY_BUILD_PACKAGES[@]}\" \"\${MFAPOLICY_RUNTIME_PACKAGES[@]}\" \
            ${MFAPOLICY_DEBIAN13_EXTRA_PACKAGES[*]}; do
            mfapolicy_is_installed \$pkg || { echo \"error: \$pkg is not installed\" >&2; exit 1; }
        done
        cmake --version >/dev/null && g++ --version >/dev/null
        ccache --max-size=3G >/dev/null
    " && touch "$root/$MFAPOLICY_READY_MARKER"
}

# Makes the build root usable and mounts the checkout into it; the caller's EXIT trap
# must call mfapolicy_unmount_all.
mfapolicy_enter_build_root() {
    mfapolicy_ensure_base_root
    if ! mfapolicy_root_works "$MFAPOLICY_BUILD_ROOT"; then
        echo "The Debian 13 build root is missing or broken; recreating it from the base"
        mfapolicy_copy_root "$MFAPOLICY_BUILD_ROOT"
    fi
    mfapolicy_prepare_root "$MFAPOLICY_BUILD_ROOT"
    mfapolicy_mount_sources "$MFAPOLICY_BUILD_ROOT"
    if mfapolicy_provision_build_root "$MFAPOLICY_BUILD_ROOT"; then
        return 0
    fi
    if [[ -f "$MFAPOLICY_BUILD_ROOT/$MFAPOLICY_READY_MARKER" ]]; then
        return 1
    fi
    echo "Provisioning the Debian 13 build root failed; recreating it from the base once"
    mfapolicy_unmount_all
    mfapolicy_copy_root "$MFAPOLICY_BUILD_ROOT"
    mfapolicy_prepare_root "$MFAPOLICY_BUILD_ROOT"
    mfapolicy_mount_sources "$MFAPOLICY_BUILD_ROOT"
    mfapolicy_provision_build_root "$MFAPOLICY_BUILD_ROOT"
}

# One script at a time uses the roots: they share mount points and caches.
mfapolicy_lock_roots() {
    mkdir -p "$MFAPOLICY_CACHE_DIR"
    exec {MFAPOLICY_LOCK_FD}>"$MFAPOLICY_CACHE_DIR/roots.lock"
    if ! flock -w 3600 "$MFAPOLICY_LOCK_FD"; then
        echo "error: another run holds $MFAPOLICY_CACHE_DIR/roots.lock" >&2
        exit 1
    fi
}

# Configures (KSyntaxHighlighting required), builds and, unless told "notest", tests the
# project in build-debian13/ of the checkout, inside the entered build root.
mfapolicy_debian13_build() {
    local jobs
    jobs="$(mfapolicy_jobs)"
    mfapolicy_in_root "$MFAPOLICY_BUILD_ROOT" "
        cd $MFAPOLICY_CHROOT_SRC
        echo \"Debian \$(cat /etc/debian_version), Qt \$(qtpaths6 --qt-version 2>/dev/null)\"
        cmake --preset release -B build-debian13 \\
            -DCMAKE_BUILD_TYPE=Release -DMFAPOLICY_REQUIRE_RECOMMENDED=ON -DMFAPOLICY_BUILD_BENCHMARKS=OFF \\
            -DCMAKE_CXX_COMPILER_LAUNCHER=ccache
        cmake --build build-debian13 --parallel $jobs
        if [[ '${1:-}' != notest ]]; then
            QT_QPA_PLATFORM=offscreen ctest --test-dir build-debian13 --output-on-failure \\
                --parallel $jobs --no-tests=error
        fi
    "
}
