/** Previous / next over a `Page<T>` held in the URL's `offset`. */
export function Pager({ total, limit, offset, onOffset }: { total: number; limit: number; offset: number; onOffset: (offset: number) => void }) {
  const last = Math.min(total, offset + limit);
  return (
    <div className="pager">
      <button disabled={offset === 0} onClick={() => onOffset(Math.max(0, offset - limit))}>
        ← Previous
      </button>
      <span data-testid="pager-range">
        {total === 0 ? 0 : offset + 1}–{last} of {total}
      </span>
      <button disabled={last >= total} onClick={() => onOffset(offset + limit)}>
        Next →
      </button>
    </div>
  );
}
