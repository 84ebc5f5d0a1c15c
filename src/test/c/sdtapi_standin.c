/*
 * A stand-in for a vendor's sdtapi library (SDT_* C API of USB ID-card readers), for tests only.
 * The device sits on one port; the test places a card's 256-byte text block with STANDIN_PlaceCard.
 * Return codes follow GA/T 467 SW3: 0x90 success, 0x9F card found, 0x80 find failed, 0x81 select failed, 0x41 read failed.
 */
#include <string.h>

static int device_port = 1001;
static int open_port = 0;
static int card_present = 0;
static int card_read = 0;
static int unplugged = 0;
static unsigned char card_text[256];
static int finds = 0; /* find-card calls, to check poll spacing and that an interrupted read stops */

void STANDIN_SetDevicePort(int port) { device_port = port; }
void STANDIN_PlaceCard(const unsigned char *text) { memcpy(card_text, text, 256); card_present = 1; card_read = 0; }
void STANDIN_RemoveCard(void) { card_present = 0; card_read = 0; }
void STANDIN_Unplug(int value) { unplugged = value; if (value) open_port = 0; }

int SDT_OpenPort(int port) {
    if (unplugged || port != device_port) return 0x01;
    open_port = port;
    return 0x90;
}

int SDT_ClosePort(int port) {
    if (port == open_port) open_port = 0;
    return 0x90;
}

int STANDIN_FindCount(void) { return finds; }

int SDT_StartFindIDCard(int port, unsigned char *mana, int if_open) {
    (void) if_open;
    finds++;
    if (unplugged || port != open_port) return 0x02;
    memset(mana, 0, 4);
    return card_present && !card_read ? 0x9F : 0x80;
}

int SDT_SelectIDCard(int port, unsigned char *mana, int if_open) {
    (void) if_open;
    if (unplugged || port != open_port) return 0x02;
    memset(mana, 0, 8);
    return card_present ? 0x90 : 0x81;
}

int SDT_ReadBaseMsg(int port, unsigned char *text, unsigned int *text_len, unsigned char *photo,
                    unsigned int *photo_len, int if_open) {
    (void) if_open;
    if (unplugged || port != open_port) return 0x02;
    if (!card_present) return 0x41;
    memcpy(text, card_text, 256);
    *text_len = 256;
    memset(photo, 0, 1024);
    *photo_len = 1024;
    card_read = 1;
    return 0x90;
}
