#!/bin/sh
# GUSP Desktop : installation pour l'utilisateur courant, sans droits administrateur.
#
#   ./install.sh               installe (ou met à jour) depuis le dossier décompressé
#   ./install.sh --uninstall   désinstalle ; la base et les identités de signature restent
#                              dans ~/.local/share/gusp-desktop
#
# L'application va dans ~/.local/lib/gusp-desktop, la commande gusp-desktop dans ~/.local/bin,
# l'entrée de menu, l'icône et la fiche AppStream dans ~/.local/share. Sans installation, on peut
# aussi lancer ./gusp-desktop directement depuis le dossier décompressé.
set -eu

APP_ID=fr.gusp.GuspDesktop
DATA_HOME=${XDG_DATA_HOME:-$HOME/.local/share}
APP_DIR=$HOME/.local/lib/gusp-desktop
BIN_DIR=$HOME/.local/bin
HERE=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
SIZES="16 32 48 64 128 256"

refresh_caches() {
    command -v update-desktop-database >/dev/null 2>&1 \
        && update-desktop-database -q "$DATA_HOME/applications" 2>/dev/null || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 \
        && gtk-update-icon-cache -q -t "$DATA_HOME/icons/hicolor" 2>/dev/null || true
}

remove_files() {
    # Only what this script installed: never the user's data directory.
    if [ -e "$APP_DIR" ] && [ ! -x "$APP_DIR/gusp-desktop" ]; then
        echo "Refus : $APP_DIR ne contient pas GUSP Desktop, rien n'est supprimé." >&2
        exit 1
    fi
    rm -rf "$APP_DIR"
    if [ -L "$BIN_DIR/gusp-desktop" ]; then rm -f "$BIN_DIR/gusp-desktop"; fi
    rm -f "$DATA_HOME/applications/$APP_ID.desktop" "$DATA_HOME/metainfo/$APP_ID.metainfo.xml"
    for size in $SIZES; do
        rm -f "$DATA_HOME/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
    done
    rm -f "$DATA_HOME/icons/hicolor/scalable/apps/$APP_ID.svg"
}

if [ "${1:-}" = "--uninstall" ]; then
    remove_files
    refresh_caches
    echo "GUSP Desktop est désinstallé (vos données restent dans $DATA_HOME/gusp-desktop)."
    exit 0
fi
if [ $# -gt 0 ]; then
    echo "Usage : $0 [--uninstall]" >&2
    exit 2
fi
if [ ! -x "$HERE/gusp-desktop" ] || [ ! -d "$HERE/_internal" ]; then
    echo "Lancez ce script depuis le dossier décompressé de GUSP Desktop." >&2
    exit 1
fi
if [ "$HERE" = "$APP_DIR" ]; then
    echo "GUSP Desktop est déjà installé ici : $APP_DIR" >&2
    exit 1
fi

remove_files
mkdir -p "$APP_DIR" "$BIN_DIR" "$DATA_HOME/applications" "$DATA_HOME/metainfo"
cp -R "$HERE/gusp-desktop" "$HERE/_internal" "$APP_DIR/"
ln -s "$APP_DIR/gusp-desktop" "$BIN_DIR/gusp-desktop"
# The menu entry starts the program by its full path: ~/.local/bin is not always on the PATH
# of the graphical session.
sed "s|^Exec=gusp-desktop|Exec=\"$APP_DIR/gusp-desktop\"|" \
    "$HERE/share/applications/$APP_ID.desktop" > "$DATA_HOME/applications/$APP_ID.desktop"
cp "$HERE/share/metainfo/$APP_ID.metainfo.xml" "$DATA_HOME/metainfo/"
for size in $SIZES; do
    mkdir -p "$DATA_HOME/icons/hicolor/${size}x${size}/apps"
    cp "$HERE/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png" \
        "$DATA_HOME/icons/hicolor/${size}x${size}/apps/"
done
mkdir -p "$DATA_HOME/icons/hicolor/scalable/apps"
cp "$HERE/share/icons/hicolor/scalable/apps/$APP_ID.svg" "$DATA_HOME/icons/hicolor/scalable/apps/"
refresh_caches

echo "GUSP Desktop $("$APP_DIR/gusp-desktop" --version | sed 's/^GUSP Desktop //') est installé."
echo "Lancez-le depuis le menu des applications ou avec la commande : gusp-desktop"
case ":$PATH:" in
    *":$BIN_DIR:"*) ;;
    *) echo "(Ajoutez $BIN_DIR à votre PATH pour taper simplement « gusp-desktop ».)" ;;
esac
