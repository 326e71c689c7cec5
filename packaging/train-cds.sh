#!/bin/sh
# AppCDS training run of a jpackage image (called by jpackage.sh): starts the workbench once on the sample experiment
# with -XX:ArchiveClassesAtExit, quits when the plate is drawn, then names the archive in the launcher's .cfg together
# with quiet CDS logging (an archive that does not fit is then skipped silently instead of warning on every start).
#   sh packaging/train-cds.sh IMAGE linux|mac|win
set -eu
IMAGE=$1; OS=$2
CFG=$(find "$IMAGE" -name Cytobench.cfg | head -1)
APPDIR=$(dirname "$CFG")
case "$OS" in
  linux) LAUNCHER="$IMAGE/bin/Cytobench" ;;
  mac) LAUNCHER="$IMAGE/Contents/MacOS/Cytobench" ;;
  win) LAUNCHER="$IMAGE/Cytobench.exe" ;;
esac
cp "$CFG" "$CFG.orig"
# the training options go in for one run only; $APPDIR is expanded by the launcher itself
awk '{ print } /^\[JavaOptions\]/ { print "java-options=-XX:ArchiveClassesAtExit=$APPDIR/cytobench.jsa"; print "java-options=-Dcytobench.quitWhenDrawn=true"; print "java-options=-Dprism.order=sw"; print "java-options=-Xlog:cds=off"; print "java-options=-Xlog:cds+dynamic=off" }' "$CFG.orig" > "$CFG"
SETTINGS=$(mktemp -d)
if [ "$OS" = linux ] && [ -z "${DISPLAY:-}" ]; then
  xvfb-run -a -s "-screen 0 1440x900x24" "$LAUNCHER" --settings-dir "$SETTINGS" || true
else
  "$LAUNCHER" --settings-dir "$SETTINGS" || true
fi
rm -rf "$SETTINGS"
awk '{ print } /^\[JavaOptions\]/ { print "java-options=-XX:SharedArchiveFile=$APPDIR/cytobench.jsa"; print "java-options=-Xshare:auto"; print "java-options=-Xlog:cds=off"; print "java-options=-Xlog:cds+dynamic=off" }' "$CFG.orig" > "$CFG"
rm -f "$CFG.orig"
if [ -f "$APPDIR/cytobench.jsa" ]; then
  echo "train-cds.sh: $(du -h "$APPDIR/cytobench.jsa" | cut -f1) archive in $APPDIR"
else
  echo "train-cds.sh: no archive was written (the training run did not finish); the program starts without it" >&2
fi
