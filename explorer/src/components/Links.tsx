/** Links to entities and transactions: every address and signature on a page is one of these. */
import { Link } from "react-router";

import { shorten } from "../format";

export const TxLink = ({ signature }: { signature: string }) => (
  <Link to={`/tx/${signature}`} className="mono" title={signature}>
    {shorten(signature, 6)}
  </Link>
);

export const AccountLink = ({ address, to }: { address: string; to?: string }) => (
  <Link to={to ?? `/accounts/${address}`} className="mono" title={address}>
    {shorten(address)}
  </Link>
);

export const WorkerLink = ({ address }: { address: string }) => <AccountLink address={address} to={`/workers/${address}`} />;
export const RentalLink = ({ address }: { address: string }) => <AccountLink address={address} to={`/rentals/${address}`} />;
export const ProposalLink = ({ address, label }: { address: string; label?: string }) => (
  <Link to={`/dao/proposals/${address}`} title={address}>
    {label ?? shorten(address)}
  </Link>
);
