/** What a deployment sets up unless told otherwise: read by `deployProtocol`, the demo's sandbox and the CLI. */
import type { DeviceClassInput } from "../cloud/instructions.js";
import type { CreditsParams } from "../credits/instructions.js";
import type { DaoParamsInput } from "../dao/client.js";
import { IO, ONE_IOSD } from "../units.js";

const DAY = 86_400;

/** io_cloud's device classes: id, name and reward multiplier (basis points). */
export const DEVICE_CLASSES: readonly DeviceClassInput[] = [
  { classId: 1, name: "NVIDIA H100 80GB", multiplierBps: 100_000 },
  { classId: 2, name: "NVIDIA A100 80GB", multiplierBps: 50_000 },
  { classId: 3, name: "NVIDIA RTX 4090", multiplierBps: 10_000 },
  { classId: 4, name: "NVIDIA RTX 4070", multiplierBps: 2_500 },
];

/** io_credits' governed parameters but the Pyth feed id, which each cluster has its own of. */
export const DEFAULT_CREDITS_PARAMS: Omit<CreditsParams, "priceFeedId"> = {
  maxAgeS: 60,
  maxConfBps: 200,
  breakerWindowS: DAY,
  breakerLimit: 1_000_000n * ONE_IOSD,
  ioFeeBurnBps: 5_000,
  reservationFeeBps: 25,
};

/** io_dao's parameters on a real cluster. */
export const DEFAULT_DAO_PARAMS: DaoParamsInput = {
  votingPeriodSecs: 5 * DAY,
  timelockSecs: 2 * DAY,
  quorumBps: 1_000,
  minProposalPower: IO(100_000),
};
