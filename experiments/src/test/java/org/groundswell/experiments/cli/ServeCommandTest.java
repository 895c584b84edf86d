package org.groundswell.experiments.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;

/**
 * What {@code groundswell serve} says when it cannot serve. The server and the page are tested in the web
 * module; these never get as far as serving.
 */
class ServeCommandTest {

    @Test
    void helpSaysWhereItListensAndIsListedAmongTheCommands() {
        RunCommandTest.Execution help = RunCommandTest.groundswell("serve", "--help");
        assertEquals(0, help.exitCode());
        for (String words : new String[] {"--host", "--port", "--max-sessions", "--idle-minutes", "--max-rooms", "--max-students", "127.0.0.1", "7070",
            "Class mode"}) {
            assertTrue(help.out().contains(words), words + " in:\n" + help.out());
        }
        assertTrue(RunCommandTest.groundswell("--help").out().contains("serve"), "listed among the commands");
    }

    @Test
    void aBadPortOrLimitIsBadInput() {
        RunCommandTest.Execution port = RunCommandTest.groundswell("serve", "--port", "70000");
        assertEquals(2, port.exitCode());
        assertTrue(port.err().contains("port = 70000: 0 to 65535"), port.err());

        RunCommandTest.Execution sessions = RunCommandTest.groundswell("serve", "--max-sessions", "0");
        assertEquals(2, sessions.exitCode());
        assertTrue(sessions.err().contains("max sessions = 0: 1 to 1000"), sessions.err());
        RunCommandTest.Execution rooms = RunCommandTest.groundswell("serve", "--max-rooms", "0");
        assertEquals(2, rooms.exitCode());
        assertTrue(rooms.err().contains("max rooms = 0: 1 to 100"), rooms.err());
        RunCommandTest.Execution students = RunCommandTest.groundswell("serve", "--max-students", "501");
        assertEquals(2, students.exitCode());
        assertTrue(students.err().contains("max students = 501: 1 to 500"), students.err());
    }

    @Test
    void aPortInUseIsBadInputWithAWayOut() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            RunCommandTest.Execution busy = RunCommandTest.groundswell("serve", "--port", "" + taken.getLocalPort());
            assertEquals(2, busy.exitCode());
            assertTrue(busy.err().contains("could not listen on 127.0.0.1:" + taken.getLocalPort()), busy.err());
            assertTrue(busy.err().contains("--port 0"), busy.err());
        }
    }
}
