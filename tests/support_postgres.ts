/**
 * A real PostgreSQL server for the suites (Debian's postgresql: initdb and pg_ctl in a temp
 * folder, a unix socket only; see postgres_server.ts). Where the binaries are missing the
 * PostgreSQL suites are skipped with one line saying so; CI installs the package.
 */
import { postgresBinDir, PostgresServer, startPostgres } from "../sdk/src/indexer/postgres_server.js";

export { postgresBinDir, startPostgres };
export type { PostgresServer };

/**
 * `describe(title)` with a server started before its tests and stopped after; `server()` gives
 * it inside hooks and tests. Skipped (one line) without PostgreSQL binaries.
 */
export function describeWithPostgres(title: string, body: (server: () => PostgresServer) => void): void {
  if (!postgresBinDir()) {
    console.log(`skipping "${title}": no PostgreSQL binaries (initdb, pg_ctl); install Debian's postgresql package`);
    describe.skip(title, () => body(() => undefined as never));
    return;
  }
  describe(title, () => {
    let server: PostgresServer | undefined;
    before(async () => {
      server = await startPostgres();
    });
    after(async () => {
      await server?.stop();
    });
    body(() => server!);
  });
}
