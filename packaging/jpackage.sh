#!/bin/sh
# Builds the installable Cytobench with jpackage (JDK 17): its own trimmed Java runtime, icon, .cytobench file
# association, menu entries, version from pom.xml, and an AppCDS archive + C1-only compilation for a fast start.
#
#   mvn -B -DskipTests package && sh packaging/jpackage.sh [app-image|deb|rpm|msi|exe|dmg|pkg]
#
# Output in target/jpackage/. app-image (default) and deb are built and tested on Linux (packaging/smoke-test.sh);
# msi/exe need Windows with WiX 3, dmg/pkg need macOS: .github/workflows/release.yml runs those.
#
# The AppCDS archive is made by a training run of the finished image (the workbench opens the sample, draws the plate
# and quits; on Linux under Xvfb when there is no display) and then named in the launcher's .cfg. CDS refuses an
# archive whose jar sits at another path, so an installer's archive is trained where the installer puts the program:
# set CYTOBENCH_TRAIN_AT_INSTALL_DIR=1 (needs write access to /opt on Linux; CI does it). Without it the installed
# program simply starts without the archive (no warning is shown).
set -eu

TYPE=${1:-app-image}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR="$ROOT/target/cytobench.jar"
OUT="$ROOT/target/jpackage"
[ -f "$JAR" ] || { echo "jpackage.sh: $JAR not found; run mvn -B -DskipTests package first" >&2; exit 2; }

VERSION=$(java -jar "$JAR" --version | sed -n 's/^Cytobench //p' | tr -d '\r')   # the pom's version (no unzip on Windows runners)
APP_VERSION=$(echo "$VERSION" | sed 's/[^0-9.].*$//; s/\.$//')   # jpackage wants digits and dots: 0.1.0-SNAPSHOT -> 0.1.0
case "$(uname -s)" in
  Linux*) OS=linux; ICON="$ROOT/packaging/cytobench.png" ;;
  Darwin*) OS=mac; ICON="$OUT/cytobench.icns" ;;
  MINGW*|MSYS*|CYGWIN*|Windows*) OS=win; ICON="$ROOT/packaging/cytobench.ico" ;;
  *) echo "jpackage.sh: unsupported system $(uname -s)" >&2; exit 2 ;;
esac
JAVA_OPTIONS="-XX:TieredStopAtLevel=1"
# The runtime's modules: what `jdeps --print-module-deps --ignore-missing-deps --multi-release 17 target/cytobench.jar`
# lists (plus what those pull in), and charsets, locale data and zipfs, which code reaches only by name (instrument
# exports in windows-1252 or Shift_JIS, number formats of the user's locale).
MODULES=java.base,java.desktop,java.logging,java.management,java.naming,java.security.jgss,java.sql,java.xml,java.xml.crypto,jdk.jfr,jdk.unsupported,jdk.unsupported.desktop,jdk.charsets,jdk.localedata,jdk.zipfs

rm -rf "$OUT/input" "$OUT/image"
mkdir -p "$OUT/input" "$OUT/image"
cp "$JAR" "$OUT/input/cytobench.jar"

if [ "$OS" = mac ]; then   # .icns from the PNG with the system's own tools
  ICONSET="$OUT/cytobench.iconset"; rm -rf "$ICONSET"; mkdir -p "$ICONSET"
  for s in 16 32 128 256; do
    sips -z $s $s "$ROOT/packaging/cytobench.png" --out "$ICONSET/icon_${s}x${s}.png" >/dev/null
    sips -z $((s*2)) $((s*2)) "$ROOT/packaging/cytobench.png" --out "$ICONSET/icon_${s}x${s}@2x.png" >/dev/null
  done
  iconutil -c icns "$ICONSET" -o "$ICON"
fi

echo "jpackage.sh: app-image of Cytobench $VERSION ($APP_VERSION) for $OS"
jpackage --type app-image --name Cytobench --app-version "$APP_VERSION" \
  --vendor "Cytobench" --copyright "Apache License 2.0" \
  --description "Cytokine assay workbench: plate layouts, plate-reader import, standard curves, QC, statistics" \
  --input "$OUT/input" --main-jar cytobench.jar --main-class org.cytobench.ui.Launcher \
  --icon "$ICON" --java-options "$JAVA_OPTIONS" --add-modules "$MODULES" \
  --jlink-options "--strip-debug --no-man-pages --no-header-files --generate-cds-archive" \
  --dest "$OUT/image"

case "$OS" in
  linux) IMAGE="$OUT/image/Cytobench"; APPDIR="$IMAGE/lib/app"; LAUNCHER="$IMAGE/bin/Cytobench"; INSTALLED=/opt/cytobench ;;
  mac) IMAGE="$OUT/image/Cytobench.app"; APPDIR="$IMAGE/Contents/app"; LAUNCHER="$IMAGE/Contents/MacOS/Cytobench"; INSTALLED=/Applications/Cytobench.app ;;
  win) IMAGE="$OUT/image/Cytobench"; APPDIR="$IMAGE/app"; LAUNCHER="$IMAGE/Cytobench.exe"; INSTALLED="" ;;
esac

# Train where the program will run: the image itself, or (installers, on request) the installation directory.
TRAIN="$IMAGE"
if [ "$TYPE" != app-image ] && [ "${CYTOBENCH_TRAIN_AT_INSTALL_DIR:-0}" = 1 ] && [ -n "$INSTALLED" ]; then
  rm -rf "$INSTALLED"; mkdir -p "$(dirname "$INSTALLED")"; cp -R "$IMAGE" "$INSTALLED"; TRAIN="$INSTALLED"
fi
sh "$ROOT/packaging/train-cds.sh" "$TRAIN" "$OS"
if [ "$TRAIN" != "$IMAGE" ]; then cp "$(find "$TRAIN" -name cytobench.jsa)" "$APPDIR/"; cp "$(find "$TRAIN" -name Cytobench.cfg)" "$APPDIR/"; rm -rf "$TRAIN"; fi

if [ "$TYPE" = app-image ]; then echo "jpackage.sh: $IMAGE"; exit 0; fi

ASSOC="$OUT/cytobench-file.properties"
cat > "$ASSOC" <<PROPS
extension=cytobench
mime-type=application/x-cytobench
description=Cytobench experiment
icon=$ICON
PROPS
set -- --type "$TYPE" --app-image "$IMAGE" --name Cytobench --app-version "$APP_VERSION" \
  --vendor "Cytobench" --description "Cytokine assay workbench" --license-file "$ROOT/LICENSE" \
  --file-associations "$ASSOC" --dest "$OUT"
case "$OS" in
  linux) set -- "$@" --linux-package-name cytobench --linux-shortcut --linux-menu-group "Science;Education" \
           --linux-app-category science --linux-package-deps libgtk-3-0 ;;
  win) set -- "$@" --win-menu --win-menu-group Cytobench --win-shortcut --win-dir-chooser \
         --win-upgrade-uuid 5d2b3c1e-7f0a-4a5e-9d61-8c3f1b2a7e44 ;;
  mac) set -- "$@" --mac-package-identifier org.cytobench.workbench ;;
esac
jpackage "$@"
ls -l "$OUT"/*."$TYPE" 2>/dev/null || ls -l "$OUT"
