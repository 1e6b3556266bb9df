/** What a page shows while loading, and for a refused or unknown request. */
import { Link } from "react-router";

import type { ApiError } from "../api";

export const Loading = () => <p className="muted" data-testid="loading">Loading…</p>;

export const NotFound = ({ message }: { message: string }) => (
  <section className="not-found" data-testid="not-found">
    <h1>Not found</h1>
    <p>{message}</p>
    <p>
      <Link to="/">Back to the overview</Link>
    </p>
  </section>
);

export const BadRequest = ({ message }: { message: string }) => (
  <section className="not-found" data-testid="bad-request">
    <h1>Bad request</h1>
    <p>{message}</p>
    <p>
      <Link to="/">Back to the overview</Link>
    </p>
  </section>
);

/** A 404 becomes the not-found page, a 400 the bad-request page, anything else a one-line error. */
export const Failure = ({ error }: { error: ApiError }) =>
  error.status === 404 ? (
    <NotFound message={error.message} />
  ) : error.status === 400 ? (
    <BadRequest message={error.message} />
  ) : (
    <p className="error" data-testid="error">
      Error: {error.message}
    </p>
  );
