#!/usr/bin/env bash
# Installs the Debian package of ReLU Lab on a fresh, minimal Debian 12 (a debootstrap chroot) the
# way a user would, and checks that it works there and that removing it leaves nothing behind:
#
#   sudo scripts/check-package-on-fresh-debian.sh [relulab_VERSION_ARCH.deb]
#
# Without an argument it builds the package with scripts/package.sh first. Needs root (debootstrap,
# chroot, mounts) and the network (Debian's mirror; set RELULAB_DEBIAN_MIRROR for another one).
# In the chroot, as root or as an ordinary user `teacher`, with a clean environment (no DISPLAY, no
# QT_QPA_PLATFORM, LANG=C.UTF-8):
#   1. `apt-get install ./relulab_*.deb`: apt must find every dependency from the package's own
#      Depends on a system that has nothing but Debian's minimal base;
#   2. `relulab --version`, `relulab export` (PNG, SVG, PDF, CSV, GIF and MP4) and `relulab train`
#      (JSON summary, log, snapshot, session) from the PATH, each with nothing on stderr;
#   3. only then the test's own tools (Xvfb, Openbox, ImageMagick, xdotool, the German locale), so
#      they cannot supply a library the package forgot: the desktop entry's Exec line opens the
#      window (screenshot), in English and in German (LANG=de_DE.UTF-8 LANGUAGE=de: the German
#      window title); lesson 8 in presentation mode, followed as it says (Space trains; screenshot);
#      File > Export figure... in the German window writes a German figure through Qt's (German)
#      save dialog; and `relulab export` under German writes the very bytes it writes under
#      English, as docs/translations.md promises for the command line;
#   4. `apt-get remove` (and `purge` if dpkg still knows the package): no file the package listed
#      (`dpkg -L`) is left, but for directories other packages own, and no file named relulab
#      anywhere outside the user's home (settings and the last session stay there, as for any app).
# It stops at the first failure with a message saying what failed. A run takes 2 to 4 minutes
# on 2 cores with the cache below; the first one adds debootstrap's ~4 1/2 minutes and ~200 MB of
# downloads. Not in ctest or .ci/run: it needs root, the network and minutes.
#
# Kept between runs, in build-package/fresh-debian/ (delete it to start from scratch):
#   bookworm-minbase.tar   the pristine minimal Debian 12, made once by debootstrap (~4 minutes);
#                          every run unpacks a fresh copy of it, so no run sees the last one's state
#   apt-archives/          the .deb files apt downloaded, bind-mounted as the chroot's apt cache,
#                          so a re-run downloads nothing (apt still resolves against the mirror's
#                          current index: `apt-get update` runs every time)
#   rootfs/                the last run's system, left for inspection; replaced by the next run
#   evidence/              the last run's outputs: screenshots, figures, logs, timings.txt
set -euo pipefail
if (($# > 1)) || [[ "${1:-}" == -* ]]; then
    echo "usage: $0 [relulab_VERSION_ARCH.deb]" >&2
    exit 2
fi
# Before common.sh moves to the repository's root: a relative path is the caller's.
deb="$(if (($# == 1)); then realpath -- "$1"; fi)"
# shellcheck source-path=SCRIPTDIR
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
if ((EUID != 0)); then
    echo "relulab: run this as root (debootstrap, chroot and mounts need it)" >&2
    exit 1
fi

started=$SECONDS
phase_started=$SECONDS
current_phase=""
timings=()
# phase NAME: ends the phase before (recording its time for timings.txt) and says which begins.
phase() {
    if [[ -n "$current_phase" ]]; then
        timings+=("$(printf '%-30s %4d s' "$current_phase" $((SECONDS - phase_started)))")
    fi
    current_phase="$1"
    phase_started=$SECONDS
    echo "== $1" >&2
}
fail() {
    echo "FAIL: $*" >&2
    exit 1
}

phase "build the package"
relulab_install_packages debootstrap
if [[ -z "$deb" ]]; then
    deb="$("$RELULAB_ROOT/scripts/package.sh" | tail -n 1)"
fi
[[ -f "$deb" ]] || fail "no package at $deb"
deb_version="$(dpkg-deb --field "$deb" Version)"
version="${deb_version%-*}"

cache="$RELULAB_ROOT/build-package/fresh-debian"
tarball="$cache/bookworm-minbase.tar"
rootfs="$cache/rootfs"
archives="$cache/apt-archives"
evidence="$cache/evidence"
mirror="${RELULAB_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
mkdir -p "$cache" "$archives"

mounted=()
background=()
# Stops what runs in the chroot, then unmounts (innermost first), also after a failure.
cleanup() {
    local pid i
    for pid in "${background[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in "${background[@]}"; do
        wait "$pid" 2>/dev/null || true
    done
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
        umount "${mounted[i]}" 2>/dev/null || umount --lazy "${mounted[i]}" || true
    done
}
trap cleanup EXIT

# Nothing of the host may be mounted in a tree that is about to be deleted.
assert_nothing_mounted_under() {
    if grep -q " $1/" /proc/mounts; then
        fail "something is still mounted under $1 (see /proc/mounts); unmount it first"
    fi
}

phase "debootstrap (cached)"
if [[ ! -f "$tarball" ]]; then
    assert_nothing_mounted_under "$cache/bootstrap"
    rm -rf --one-file-system "$cache/bootstrap"
    debootstrap --variant=minbase bookworm "$cache/bootstrap" "$mirror" >&2
    # The sources a fresh Debian 12 installation has: the release, its updates and security.
    cat >"$cache/bootstrap/etc/apt/sources.list" <<EOF
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb http://deb.debian.org/debian-security bookworm-security main
EOF
    mv "$cache/bootstrap/var/cache/apt/archives/"*.deb "$archives/" 2>/dev/null || true
    tar --numeric-owner -C "$cache/bootstrap" -cf "$tarball.part" .
    mv "$tarball.part" "$tarball"
    rm -rf --one-file-system "$cache/bootstrap"
fi
assert_nothing_mounted_under "$rootfs"
rm -rf --one-file-system "$rootfs" "$evidence"
mkdir -p "$rootfs" "$evidence"
tar --numeric-owner -C "$rootfs" -xpf "$tarball"

# chroot_mount ARGS... TARGET: mounts, and remembers TARGET for cleanup.
chroot_mount() {
    mount "$@"
    mounted+=("${*: -1}")
}
chroot_mount -t proc proc "$rootfs/proc"
chroot_mount -t sysfs sysfs "$rootfs/sys"
chroot_mount --bind /dev "$rootfs/dev"
chroot_mount --bind /dev/pts "$rootfs/dev/pts"
chroot_mount --bind "$archives" "$rootfs/var/cache/apt/archives"
cp /etc/resolv.conf "$rootfs/etc/resolv.conf"
# No services start in a chroot (there is no init); packages that ship one are told so.
printf '#!/bin/sh\nexit 101\n' >"$rootfs/usr/sbin/policy-rc.d"
chmod 755 "$rootfs/usr/sbin/policy-rc.d"
# dpkg without its fsync calls, as debootstrap and container builds do: this system is thrown away.
echo force-unsafe-io >"$rootfs/etc/dpkg/dpkg.cfg.d/unsafe-io"

base_env=(PATH=/usr/local/bin:/usr/bin:/bin:/usr/local/sbin:/usr/sbin:/sbin LANG=C.UTF-8)
# as_root COMMAND...: runs COMMAND as root in the chroot, with a clean environment.
as_root() {
    chroot "$rootfs" /usr/bin/env -i "${base_env[@]}" HOME=/root DEBIAN_FRONTEND=noninteractive \
        "$@"
}
# as_teacher [NAME=VALUE...] COMMAND...: as the user `teacher`, in its home, as after logging in
# over ssh (no display); the NAME=VALUE arguments are added to the environment.
# shellcheck disable=SC2016  # $HOME and $@ are the inner shell's
teacher=(chroot --userspec=teacher:teacher "$rootfs" /usr/bin/env -i "${base_env[@]}" USER=teacher
    LOGNAME=teacher HOME=/home/teacher /bin/sh -c 'cd "$HOME" && exec env "$@"' sh)
as_teacher() {
    "${teacher[@]}" "$@"
}
# in_home FILE: the path of the teacher's FILE seen from the host.
in_home() {
    printf '%s/home/teacher/%s' "$rootfs" "$1"
}
# png_size FILE: WIDTHxHEIGHT from a PNG's header, or nothing when FILE is not a PNG.
png_size() {
    local bytes
    read -ra bytes < <(od -An -v -w24 -tu1 -N24 "$1")
    if ((${#bytes[@]} == 24)) && [[ "${bytes[*]:0:4}" == "137 80 78 71" ]]; then
        printf '%dx%d\n' $(((bytes[16] << 24) | (bytes[17] << 16) | (bytes[18] << 8) | bytes[19])) \
            $(((bytes[20] << 24) | (bytes[21] << 16) | (bytes[22] << 8) | bytes[23]))
    fi
}
# expect_png FILE SIZE: FILE is a PNG of SIZE (WxH).
expect_png() {
    local size
    [[ -f "$1" ]] || fail "$1 was not written"
    size="$(png_size "$1")"
    [[ "$size" == "$2" ]] || fail "$1: expected a $2 PNG, got '${size:-not a PNG}'"
}
# expect_empty FILE WHAT: FILE (a command's stderr) is empty.
expect_empty() {
    if [[ -s "$1" ]]; then
        sed 's/^/    /' "$1" >&2
        fail "$2 printed the above on stderr"
    fi
}

phase "apt-get install ./relulab"
as_root apt-get update >&2
as_root useradd --create-home --shell /bin/bash teacher
mkdir -p "$rootfs/srv/check"
cp "$deb" "$rootfs/srv/check/"
chmod -R a+rX "$rootfs/srv/check"
as_root sh -c "cd /srv/check && apt-get install -y ./$(basename "$deb")" >&2
as_root dpkg-query -W -f="\${Status} \${Version}\n" relulab | grep -qx "install ok installed $deb_version" ||
    fail "relulab $deb_version is not installed"
as_root dpkg -L relulab >"$evidence/dpkg-L.txt"
as_root dpkg-query -W -f="\${Package} \${Version}\n" >"$evidence/installed-packages.txt"

phase "command line from the PATH"
as_teacher sh -c 'command -v relulab' | grep -qx /usr/bin/relulab || fail "relulab is not /usr/bin/relulab"
as_teacher relulab --version >"$evidence/version.txt" 2>"$evidence/version.err"
expect_empty "$evidence/version.err" "relulab --version"
[[ "$(cat "$evidence/version.txt")" == "relulab $version" ]] ||
    fail "relulab --version printed '$(cat "$evidence/version.txt")', not 'relulab $version'"
# No display and no QT_QPA_PLATFORM, as over ssh: the headless commands must need neither.
as_teacher relulab export --png figure.png --svg figure.svg --pdf figure.pdf --csv figure.csv \
    --alpha 0.1 2>"$evidence/export.err" || fail "relulab export failed (exit $?)"
expect_empty "$evidence/export.err" "relulab export"
expect_png "$(in_home figure.png)" 1280x720
grep -q '<svg' "$(in_home figure.svg)" || fail "figure.svg is not an SVG"
# Text drawn as text (a font was found), not the empty boxes of a system without fonts.
grep -q 'font-family' "$(in_home figure.svg)" || fail "figure.svg has no text"
head -c 5 "$(in_home figure.pdf)" | grep -qx '%PDF-' || fail "figure.pdf is not a PDF"
head -n 1 "$(in_home figure.csv)" | grep -q '^x,relu,relu_grad,' || fail "figure.csv has no header"
(($(wc -l <"$(in_home figure.csv)") == 2002)) || fail "figure.csv has not 2001 rows"
as_teacher relulab export --animate sweep.gif --frames 6 --sweep alpha:0:0.5 --size 320x180 \
    2>"$evidence/export-gif.err" || fail "relulab export --animate sweep.gif failed"
expect_empty "$evidence/export-gif.err" "relulab export --animate sweep.gif"
head -c 6 "$(in_home sweep.gif)" | grep -qx 'GIF89a' || fail "sweep.gif is not a GIF"
as_teacher relulab export --animate sweep.mp4 --frames 6 --sweep alpha:0:0.5 --size 320x180 \
    2>"$evidence/export-mp4.err" || fail "relulab export --animate sweep.mp4 failed"
expect_empty "$evidence/export-mp4.err" "relulab export --animate sweep.mp4"
head -c 8 "$(in_home sweep.mp4)" | tail -c 4 | grep -qx 'ftyp' || fail "sweep.mp4 is not an MP4"
as_teacher relulab train --steps 300 --log train.csv --snapshot train.png --save-session run.relulab \
    >"$evidence/train.txt" 2>"$evidence/train.err" || fail "relulab train failed"
expect_empty "$evidence/train.err" "relulab train"
tail -n 1 "$evidence/train.txt" | grep -q '^{.*"activation":"relu".*"steps":300[,}]' ||
    fail "relulab train's last line is not its JSON summary: $(tail -n 1 "$evidence/train.txt")"
head -n 1 "$(in_home train.csv)" | grep -qx 'step,loss,test_loss,accuracy,dead_units,dead_fraction' ||
    fail "train.csv has not the log's header"
expect_png "$(in_home train.png)" 1600x900
grep -q '"format": "relulab-session"' "$(in_home run.relulab)" || fail "run.relulab is not a session"
cp "$(in_home figure.png)" "$(in_home figure.svg)" "$(in_home train.png)" "$evidence/"

phase "test tools (after the checks)"
# Not dependencies of relulab: installed only now, so that none of them can have supplied a
# library or a plugin the command line needed above. --no-install-recommends keeps them small.
# Openbox stands in for the desktop: presentation mode asks the window manager for full screen.
as_root apt-get install -y --no-install-recommends xvfb xauth openbox imagemagick xdotool locales \
    >&2
echo 'de_DE.UTF-8 UTF-8' >>"$rootfs/etc/locale.gen"
as_root locale-gen >&2

phase "desktop entry: the window"
desktop="$rootfs/usr/share/applications/relulab.desktop"
exec_line="$(sed -n 's/^Exec=//p' "$desktop")"
# The field codes (%f: a file the menu was given) are dropped when the menu starts it plainly.
exec_line="$(sed -E 's/ ?%[fFuUdDnNickvm]//g' <<<"$exec_line")"
[[ -n "$exec_line" ]] || fail "the desktop entry has no Exec line"
# The X sockets' directory, made at boot on a real system (x11-common); Xvfb runs as the user.
install -d -m 1777 "$rootfs/tmp/.X11-unix"
# Started without a function around them, so that $! is the process to stop at the end. Xvfb
# picks a free display (X servers share the network namespace with the host's) and writes it.
"${teacher[@]}" Xvfb -displayfd 3 -screen 0 1920x1080x24 -nolisten tcp 3>"$evidence/display" \
    2>"$evidence/xvfb.err" &
background+=($!)
for ((i = 0; i < 50; i++)); do
    [[ -s "$evidence/display" ]] && break
    sleep 0.2
done
[[ -s "$evidence/display" ]] || fail "Xvfb did not start: $(cat "$evidence/xvfb.err")"
x=(DISPLAY=":$(<"$evidence/display")")
for ((i = 0; i < 50; i++)); do
    as_teacher "${x[@]}" xdotool getdisplaygeometry >/dev/null 2>&1 && break
    sleep 0.2
done
"${teacher[@]}" "${x[@]}" openbox >"$evidence/openbox.log" 2>&1 &
background+=($!)
# Up once it has set the desktop number on the root window (EWMH).
for ((i = 0; i < 50; i++)); do
    as_teacher "${x[@]}" xdotool get_desktop >/dev/null 2>&1 && break
    sleep 0.2
done
as_teacher "${x[@]}" xdotool get_desktop >/dev/null || fail "openbox did not start"

# start_window NAME=VALUE...: runs the Exec line in that environment; sets $app (its pid).
start_window() {
    # shellcheck disable=SC2086  # the Exec line is a command line: split it into words
    "${teacher[@]}" "${x[@]}" "$@" $exec_line 2>>"$evidence/window.err" &
    app=$!
    background+=("$app")
}
# wait_window TITLE: waits (up to 30 s) for a visible window with that exact title; prints its id.
wait_window() {
    local id
    for ((i = 0; i < 150; i++)); do
        id="$(as_teacher "${x[@]}" xdotool search --onlyvisible --name "^$1\$" 2>/dev/null |
            head -n 1 || true)"
        if [[ -n "$id" ]]; then
            printf '%s\n' "$id"
            return 0
        fi
        sleep 0.2
    done
    as_teacher "${x[@]}" xdotool search --onlyvisible --name . getwindowname %@ >&2 || true
    fail "no window '$1' appeared (stderr: $(cat "$evidence/window.err"))"
}
# keys WINDOW KEY...: activates WINDOW and types the keys.
keys() {
    local window="$1"
    shift
    as_teacher "${x[@]}" xdotool windowactivate --sync "$window" key --delay 150 "$@"
    sleep 1
}
# screenshot NAME: the whole screen as evidence/NAME.png; fails when it is one flat colour.
screenshot() {
    as_teacher "${x[@]}" import -window root "shot.png"
    mv "$(in_home shot.png)" "$evidence/$1.png"
    local colours
    colours="$(as_teacher identify -format '%k' - <"$evidence/$1.png")"
    ((colours > 50)) || fail "$1.png has $colours colours: nothing was drawn"
}
# quit_window WINDOW: Ctrl+Q, and the program must end by itself.
quit_window() {
    keys "$1" ctrl+q
    for ((i = 0; i < 50; i++)); do
        kill -0 "$app" 2>/dev/null || break
        sleep 0.2
    done
    if kill -0 "$app" 2>/dev/null; then
        fail "the window did not close on Ctrl+Q"
    fi
    wait "$app" || fail "relulab exited with status $? after Ctrl+Q"
}

start_window
window="$(wait_window 'Untitled — ReLU Lab')"
sleep 2
screenshot window-en
quit_window "$window"

phase "German"
de=(LANG=de_DE.UTF-8 LANGUAGE=de)
start_window "${de[@]}"
window="$(wait_window 'Unbenannt — ReLU Lab')"
sleep 2
screenshot window-de
# Lesson 8 (Alt+8) in presentation mode (F5), followed as it says: Space trains, Space pauses.
keys "$window" alt+8 F5 space
sleep 5
keys "$window" space
screenshot presentation-de
keys "$window" Escape
# File > Export figure... (Ctrl+E): the dialog, its Export... button, Qt's save dialog.
keys "$window" ctrl+e
dialog="$(wait_window 'Exportieren')"
screenshot export-dialog-de
keys "$dialog" Return
save="$(as_teacher "${x[@]}" xdotool search --sync --onlyvisible --name ' exportieren$' | head -n 1)"
screenshot save-dialog-de
keys "$save" ctrl+a
as_teacher "${x[@]}" xdotool type --delay 50 /home/teacher/figure-window-de.png
keys "$save" Return
for ((i = 0; i < 50; i++)); do
    [[ -s "$(in_home figure-window-de.png)" ]] && break
    sleep 0.2
done
[[ -s "$(in_home figure-window-de.png)" ]] || fail "File > Export figure... wrote no figure"
png_size "$(in_home figure-window-de.png)" | grep -q x || fail "the window's figure is not a PNG"
cp "$(in_home figure-window-de.png)" "$evidence/"
quit_window "$window"
# The command line stays English whatever the language (docs/translations.md): the same figure.
as_teacher "${de[@]}" relulab export --svg figure-de.svg --alpha 0.1 2>"$evidence/export-de.err"
expect_empty "$evidence/export-de.err" "relulab export under LANG=de_DE.UTF-8"
cmp -s "$(in_home figure.svg)" "$(in_home figure-de.svg)" ||
    fail "relulab export under German wrote another figure than under English"

phase "apt-get remove and purge"
as_root apt-get remove -y relulab >&2
# With no configuration files the package leaves no "config-files" state: dpkg forgets it at once
# (and apt-get purge, which only knows a local .deb through dpkg, would then not find it).
status="$(as_root dpkg-query -W -f="\${Status}" relulab 2>/dev/null || true)"
if [[ -n "$status" ]]; then
    echo "relulab: dpkg still knows relulab after apt-get remove ($status): purging" >&2
    as_root apt-get purge -y relulab >&2
    status="$(as_root dpkg-query -W -f="\${Status}" relulab 2>/dev/null || true)"
    [[ -z "$status" ]] || fail "dpkg still knows relulab after apt-get purge: $status"
fi
left=()
while IFS= read -r path; do
    [[ "$path" == /. || ! -e "$rootfs$path" && ! -L "$rootfs$path" ]] && continue
    # A directory another package installed too stays, as it should.
    if [[ -d "$rootfs$path" && ! -L "$rootfs$path" ]] && as_root dpkg-query -S "$path" >/dev/null 2>&1; then
        continue
    fi
    left+=("$path")
done <"$evidence/dpkg-L.txt"
((${#left[@]} == 0)) || fail "left behind after purge: ${left[*]}"
# Nor anything else named after it (a cache, a trigger's file), but for the user's own files in
# their home (settings, the last session: no package removes those) and apt's download cache.
mapfile -t named < <(find "$rootfs" -xdev -iname '*relulab*' \
    -not -path "$rootfs/home/*" -not -path "$rootfs/srv/check/*" \
    -not -path "$rootfs/var/cache/apt/*" -not -path "$rootfs/var/log/*" -printf '/%P\n')
((${#named[@]} == 0)) || fail "files named relulab left after purge: ${named[*]}"
find "$rootfs/home/teacher" -mindepth 1 -path '*relulab*' -printf '/home/teacher/%P\n' \
    >"$evidence/left-in-home.txt"

timings+=("$(printf '%-30s %4d s' "$current_phase" $((SECONDS - phase_started)))")
printf '%s\n' "${timings[@]}" "$(printf '%-30s %4d s' total $((SECONDS - started)))" \
    >"$evidence/timings.txt"
cat "$evidence/timings.txt" >&2
echo "relulab: $deb works on a fresh Debian 12; evidence in $evidence" >&2
