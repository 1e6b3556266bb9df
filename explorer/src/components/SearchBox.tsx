/** Search by address or signature: to the entity's page, or a clear "not found". */
import { FormEvent, useState } from "react";
import { useNavigate } from "react-router";

import type { SearchHit } from "../../../sdk/src/indexer/api_types";
import { ApiError, fetchJson } from "../api";
import { isAddress, isSignature } from "../format";

/** The page a search hit opens. */
export function hitPath(hit: SearchHit): string {
  if (hit.kind === "transaction") return `/tx/${hit.signature}`;
  if (hit.kind === "worker") return `/workers/${hit.address}`;
  if (hit.kind === "rental") return `/rentals/${hit.address}`;
  if (hit.kind === "proposal") return `/dao/proposals/${hit.address}`;
  return `/accounts/${hit.address}`;
}

export function SearchBox() {
  const [text, setText] = useState("");
  const [message, setMessage] = useState<string>();
  const navigate = useNavigate();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const q = text.trim();
    if (!isAddress(q) && !isSignature(q)) return setMessage("Enter an address (32–44 base58 characters) or a transaction signature (64–88).");
    try {
      const hit = await fetchJson<SearchHit>(`/api/search?q=${encodeURIComponent(q)}`);
      setMessage(undefined);
      setText("");
      navigate(hitPath(hit));
    } catch (error) {
      setMessage(error instanceof ApiError && error.status === 404 ? `Not found: nothing indexed matches ${q}.` : String((error as Error).message));
    }
  };
  return (
    <form className="search" onSubmit={submit} role="search">
      <input
        data-testid="search-input"
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder="Search an address or a transaction signature"
        aria-label="Search"
      />
      <button type="submit">Search</button>
      {message && (
        <div className="search-message" data-testid="search-message">
          {message}
        </div>
      )}
    </form>
  );
}
