/** What a deployment sets up unless told otherwise: read by `deployProtocol`, the demo's sandbox and the CLI. */
import type { DeviceClassInput } from "../cloud/instructions.js";
import type { CreditsParams } from "../credits/instructions.js";
import type { DaoParamsInput } from "../dao/client.js";
import { IO, ONE_IOSD } from "../units.js";

const DAY = 86_400;

/**
 * io_cloud's device classes: id, name and reward multiplier (basis points, 10,000 = 1×), as
 * io.net's block-reward multiplier table of 4 June 2025 gives them (docs/RULES.md). Ids 1–4 keep
 * the classes the first table had. The models io.net set to 0 (A10, A10G, A16, A40, Apple M2,
 * GTX 1080 Ti, RTX 2080 Ti, RTX 3050) are not deployed: a class at 0 is retired, closed to new
 * workers and earning nothing, which governance can do to any class by vote.
 */
export const DEVICE_CLASSES: readonly DeviceClassInput[] = [
  { classId: 1, name: "NVIDIA H100 80GB", multiplierBps: 100_000 },
  { classId: 2, name: "NVIDIA A100 80GB", multiplierBps: 50_000 },
  { classId: 3, name: "NVIDIA RTX 4090", multiplierBps: 12_500 },
  { classId: 4, name: "NVIDIA RTX 4070", multiplierBps: 15_000 },
  { classId: 5, name: "NVIDIA H200", multiplierBps: 120_000 },
  { classId: 6, name: "NVIDIA B200", multiplierBps: 300_000 },
  { classId: 7, name: "NVIDIA A100 40GB", multiplierBps: 20_000 },
  { classId: 8, name: "NVIDIA L40S", multiplierBps: 30_000 },
  { classId: 9, name: "NVIDIA RTX 4080", multiplierBps: 27_500 },
  { classId: 10, name: "NVIDIA RTX 4060", multiplierBps: 10_000 },
  { classId: 11, name: "NVIDIA RTX 3090", multiplierBps: 17_500 },
  { classId: 12, name: "NVIDIA RTX 3080", multiplierBps: 15_000 },
  { classId: 13, name: "NVIDIA RTX A6000", multiplierBps: 20_000 },
  { classId: 14, name: "NVIDIA RTX 6000 Ada", multiplierBps: 45_000 },
  { classId: 15, name: "NVIDIA L4", multiplierBps: 2_500 },
  { classId: 16, name: "NVIDIA T4", multiplierBps: 5_000 },
  { classId: 17, name: "NVIDIA V100", multiplierBps: 7_500 },
  { classId: 18, name: "Apple M3/M4 Max", multiplierBps: 15_000 },
  { classId: 19, name: "NVIDIA RTX 4070 Ti", multiplierBps: 25_000 },
  { classId: 20, name: "NVIDIA RTX 3090 Ti", multiplierBps: 20_000 },
  { classId: 21, name: "NVIDIA RTX 3080 Ti", multiplierBps: 17_500 },
  { classId: 22, name: "NVIDIA RTX 3070", multiplierBps: 10_000 },
  { classId: 23, name: "NVIDIA RTX 3060", multiplierBps: 7_500 },
  { classId: 24, name: "NVIDIA RTX A5000", multiplierBps: 15_000 },
  { classId: 25, name: "NVIDIA RTX A4000", multiplierBps: 15_000 },
  { classId: 26, name: "NVIDIA RTX 5000 Ada", multiplierBps: 30_000 },
  { classId: 27, name: "Apple M3/M4 Pro", multiplierBps: 12_500 },
  { classId: 28, name: "Apple M3/M4", multiplierBps: 10_000 },
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
