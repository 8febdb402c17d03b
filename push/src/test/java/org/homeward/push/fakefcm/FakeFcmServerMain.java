package org.homeward.push.fakefcm;

import java.io.IOException;

/**
 * Runs a {@link FakeFcmServer} in a process of its own, so a benchmark can tell the server's CPU
 * from the client's. Prints {@code READY <base-url>}, serves without recording, and stops when its
 * standard input closes (that is, when the parent goes).
 *
 * <p>Argument: handler threads (0 = on the server's dispatcher thread).
 */
public final class FakeFcmServerMain {

    private FakeFcmServerMain() {
    }

    public static void main(String[] args) throws IOException {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        try (FakeFcmServer server = FakeFcmServer.start(threads)) {
            server.recording(false);
            System.out.println("READY " + server.baseUrl());
            System.out.flush();
            while (System.in.read() != -1) {
                // wait for the parent to go away
            }
        }
    }
}
