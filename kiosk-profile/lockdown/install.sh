#!/usr/bin/env bash
# Turns a Debian 12 machine into a Yichuang kiosk. Run as root from this folder's parent; idempotent.
set -euo pipefail
profile=$(cd "$(dirname "$0")/.." && pwd)
[ -x /opt/yichuang/bin/yichuang ] || { echo "install the application to /opt/yichuang first" >&2; exit 1; }
apt-get install -y --no-install-recommends xserver-xorg xinit fonts-wqy-microhei fonts-hanazono fonts-babelstone-han
id kiosk >/dev/null 2>&1 || useradd --create-home --shell /usr/sbin/nologin kiosk
passwd --lock kiosk
# Serial ID-card readers are root:dialout 0660: without the group every read fails with "permission denied".
usermod -aG dialout kiosk
install -d -m 0755 /etc/yichuang /etc/X11/xorg.conf.d
install -m 0644 "$profile/config/kiosk.env" "$profile/config/devices.properties" /etc/yichuang/
install -m 0644 "$profile/lockdown/10-yichuang-kiosk.conf" /etc/X11/xorg.conf.d/
install -m 0644 "$profile/systemd/yichuang-kiosk.service" /etc/systemd/system/
install -m 0644 "$profile/udev/99-yichuang-readers.rules" /etc/udev/rules.d/
udevadm control --reload && udevadm trigger --subsystem-match=tty || true
systemctl daemon-reload
systemctl enable yichuang-kiosk.service
echo "kiosk installed: edit /etc/yichuang/kiosk.env, then reboot"
