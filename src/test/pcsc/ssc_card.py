#!/usr/bin/env python3
"""A virtual social security card (sx1.sh.社会保障 application) for vicc, with specimen data only.

Usage: ssc_card.py [--port 35963] [--name 李梅] [--ssn 610113198803124523] [--card A00000001]
Connects to vpcd (inside pcscd) like `vicc` does and answers the APDUs of protocols.md.
"""
import argparse
import logging

from virtualsmartcard.VirtualSmartcard import SmartcardOS, VirtualICC

AID = bytes.fromhex("7378312E73682EC9E7BBE1B1A3D5CF")
OK = b"\x90\x00"
NOT_FOUND = b"\x6A\x82"
WRONG_P1P2 = b"\x6A\x86"
NO_RECORD = b"\x6A\x83"


class SocialSecurityCardOS(SmartcardOS):
    def __init__(self, name, ssn, card_number, sex, nation, birth):
        self.selected_app = False
        self.ef06 = False
        name_bytes = name.encode("gbk").ljust(30, b" ")
        self.records_ef05 = {0x07: b"\x07\x09" + card_number.encode("ascii")}
        self.records_ef06 = {
            0x08: b"\x08\x12" + ssn.encode("ascii"),
            0x09: b"\x09\x1e" + name_bytes,
            0x0A: b"\x0a\x01" + sex.encode("ascii"),
            0x0B: b"\x0b\x01" + bytes([nation]),
            0x0D: b"\x0d\x04" + bytes.fromhex(birth),
        }

    def getATR(self):
        return bytes.fromhex("3B6C000080641114010073000000")

    def powerUp(self):
        self.reset()

    def powerDown(self):
        pass

    def reset(self):
        self.selected_app = False
        self.ef06 = False

    def execute(self, msg):
        if len(msg) < 4:
            return b"\x67\x00"
        cla, ins, p1, p2 = msg[0], msg[1], msg[2], msg[3]
        data = msg[5:5 + msg[4]] if len(msg) > 5 else b""
        if ins == 0xA4 and p1 == 0x04:
            self.selected_app = data == AID
            self.ef06 = False
            return OK if self.selected_app else NOT_FOUND
        if ins == 0xA4 and p1 == 0x02:
            if not self.selected_app or data != b"\xef\x06":
                return NOT_FOUND
            self.ef06 = True
            return OK
        if ins == 0xB2:
            if not self.selected_app:
                return NOT_FOUND
            if p2 == 0x2C:  # SFI 5 (EF05), record P1
                record = self.records_ef05.get(p1)
            elif p2 == 0x04 and self.ef06:
                record = self.records_ef06.get(p1)
            else:
                return WRONG_P1P2
            return record + OK if record else NO_RECORD
        return b"\x6D\x00"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=35963)
    parser.add_argument("--name", default="李梅")
    parser.add_argument("--ssn", default="610113198803124523")
    parser.add_argument("--card", default="A00000001")
    parser.add_argument("--sex", default="2")
    parser.add_argument("--nation", type=int, default=1)
    parser.add_argument("--birth", default="19880312")
    args = parser.parse_args()
    vicc = VirtualICC(None, "iso7816", "localhost", args.port, logginglevel=logging.WARNING)
    vicc.os = SocialSecurityCardOS(args.name, args.ssn, args.card, args.sex, args.nation, args.birth)
    vicc.run()


if __name__ == "__main__":
    main()
