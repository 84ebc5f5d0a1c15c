package org.yichuang.domain.clerk;

import org.yichuang.domain.cases.Channel;


/**
 * Who takes a decision and where: a clerk at a window, or a 24-hour terminal serving a citizen. The case records
 * the channel, the account (a clerk's username or a terminal's id) and the place; the documents name the hall and
 * who served.
 */
public sealed interface Actor permits Actor.AtWindow, Actor.AtTerminal {
    Channel channel();

    /** The platform account that records the decision: a clerk's username, or a terminal's id. */
    String account();

    /** The window (综合受理 01 号窗口), or where the terminal stands. */
    String place();

    /** The hall the documents are issued by. */
    String hall();

    /** Who served, as the documents print it. */
    String displayName();

    /** A clerk at a comprehensive window (or a station's operator). */
    record AtWindow(Clerk clerk) implements Actor {
        @Override
        public Channel channel() {
            return Channel.WINDOW;
        }

        @Override
        public String account() {
            return clerk.username();
        }

        @Override
        public String place() {
            return clerk.window();
        }

        @Override
        public String hall() {
            return clerk.hall();
        }

        @Override
        public String displayName() {
            return clerk.displayName();
        }
    }

    /** A self-service terminal: no clerk account is ever used by a kiosk. */
    record AtTerminal(String terminalId, String hall, String location) implements Actor {
        @Override
        public Channel channel() {
            return Channel.KIOSK;
        }

        @Override
        public String account() {
            return terminalId;
        }

        @Override
        public String place() {
            return location;
        }

        /** The terminal's id: the documents' wording says it is a terminal. */
        @Override
        public String displayName() {
            return terminalId;
        }
    }
}
