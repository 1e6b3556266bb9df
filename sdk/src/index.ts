/**
 * @ionet/sdk: typed clients, math and job lifecycle for the io.net-style GPU cloud programs.
 */
export * from "./programs.js";
export * from "./units.js";
export * from "./limits.js";
export * from "./codec.js";
export * from "./pda.js";
export * from "./errors.js";
export * from "./tx.js";
export * from "./instruction.js";
export * from "./spl.js";
export * from "./events/decode.js";
export { IoTokenClient } from "./token/client.js";
export type { GenesisBeneficiaries, AuthorityRoleName } from "./token/instructions.js";
export * as tokenInstructions from "./token/instructions.js";
export * from "./token/supply.js";
export * from "./dao/pda.js";
export { IoDaoClient, positionShape, proposalStatus } from "./dao/client.js";
export type { ProposalStatus } from "./dao/client.js";
export type { DaoParamsInput, LockKindName, ParamChangeInput, VoteSideName } from "./dao/instructions.js";
export * as daoInstructions from "./dao/instructions.js";
export { changeTarget, changeVariant, deviceClassNameBytes, executionAccounts, targetAccounts } from "./dao/targets.js";
export * from "./math/voting_power.js";
export * from "./credits/pda.js";
export { IoCreditsClient } from "./credits/client.js";
export type { CreditsBuyRequest, CreditsParamChange, CreditsParams } from "./credits/instructions.js";
export * as creditsInstructions from "./credits/instructions.js";
export {
  BPS_DENOMINATOR,
  CreditsMathError,
  feeOf,
  ioFeeBurned,
  IO_TENDER_FEE_BPS,
  NON_IO_TENDER_FEE_BPS,
  RESERVATION_FEE_BPS,
  reservationFee,
  supplierFee,
  supplierFeeBps,
  tenderFee,
} from "./math/fees.js";
export * from "./math/oracle.js";
export * from "./rewards/pda.js";
export { IoRewardsClient, checkpointStates, clusterTime, ideState, poolState, shareState } from "./rewards/client.js";
export type { RewardsStatus } from "./rewards/client.js";
export type { RewardModeInput, WorkerRewardInput } from "./rewards/instructions.js";
export { rewardModeArgs, rewardModeChange } from "./rewards/instructions.js";
export * from "./math/ide.js";
export * as rewardsInstructions from "./rewards/instructions.js";
export * from "./math/emission.js";
export * from "./math/rewards.js";
export * from "./cloud/pda.js";
export { IoCloudClient } from "./cloud/client.js";
export type { AssignOptions } from "./cloud/client.js";
export { rentalPayment, rewardsSyncAccounts } from "./cloud/accounts.js";
export type { IosdOption } from "./cloud/accounts.js";
export * as cloudInstructions from "./cloud/instructions.js";
export type {
  CloudRoleName,
  CloudRoles,
  DeviceClassInput,
  RentalBookInput,
  SlashDestinationName,
  UptimeInput,
  WorkerRegisterInput,
  WorkerUpdateInput,
} from "./cloud/instructions.js";
export * as slashInstructions from "./cloud/slash_instructions.js";
export * as coStakeInstructions from "./cloud/co_stake_instructions.js";
export type { CoStakeOfferInput } from "./cloud/co_stake_instructions.js";
export type { ResolutionInput, SlashInput } from "./cloud/slash_instructions.js";
export * from "./cloud/fetchers.js";
export * from "./math/streaming.js";
export * from "./math/stake.js";
export * from "./math/eligibility.js";
export * from "./deploy/defaults.js";
export * from "./deploy/protocol.js";
export * from "./lifecycle/heartbeat_message.js";
export * from "./lifecycle/heartbeat_counters.js";
export * from "./lifecycle/heartbeat_server.js";
export * from "./lifecycle/heartbeat_client.js";
