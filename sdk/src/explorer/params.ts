/**
 * JSON schemas for every parameter the explorer API takes. Each schema carries a `description`
 * that is the one sentence a client sees when its value is refused (the error handler reads it
 * from the failing schema), so every bound is stated once, here.
 */

/** Base58 characters (no 0, O, I, l). */
const BASE58 = "^[1-9A-HJ-NP-Za-km-z]+$";

export const LIMIT_MAX = 500;
/** An hour's per-worker list pages up to this many workers at once. */
export const HOUR_WORKERS_LIMIT_MAX = 1_000;
export const OFFSET_MAX = 1_000_000_000;

const address = (what: string) => ({
  type: "string",
  pattern: BASE58,
  minLength: 32,
  maxLength: 44,
  description: `${what} must be a base58 public key (32 to 44 characters)`,
});

const signature = {
  type: "string",
  pattern: BASE58,
  minLength: 64,
  maxLength: 88,
  description: "signature must be a base58 transaction signature (64 to 88 characters)",
};

const integer = (name: string, minimum: number, maximum: number) => ({
  type: "integer",
  minimum,
  maximum,
  description: `${name} must be an integer from ${minimum} to ${maximum}`,
});

const flag = (name: string) => ({ type: "boolean", description: `${name} must be true or false` });

const oneOf = (name: string, values: readonly string[]) => ({
  type: "string",
  enum: values,
  description: `${name} must be one of ${values.join(", ")}`,
});

/** A querystring object schema: only the named parameters are accepted. */
const query = (properties: Record<string, object>, required: string[] = []) => ({
  type: "object",
  properties,
  required,
  additionalProperties: false,
});

const params = (properties: Record<string, object>) => ({
  type: "object",
  properties,
  required: Object.keys(properties),
  additionalProperties: false,
});

const limit = integer("limit", 1, LIMIT_MAX);
const offset = integer("offset", 0, OFFSET_MAX);
const before = integer("before", 0, Number.MAX_SAFE_INTEGER);
const hourParams = params({ hour: integer("hour", 1, 10_000_000) });

export const WORKER_SORTS = ["stake", "gpus", "rewards", "registered", "price"] as const;
export const ORDERS = ["asc", "desc"] as const;
export const RENTAL_STATES = ["booked", "active", "terminated", "cancelled", "closed"] as const;

export const schemas = {
  none: { querystring: query({}) },
  workers: {
    querystring: query({
      deviceClass: integer("deviceClass", 0, 255),
      region: { type: "string", minLength: 1, maxLength: 32, description: "region must be 1 to 32 characters" },
      eligible: flag("eligible"),
      registered: flag("registered"),
      sort: oneOf("sort", WORKER_SORTS),
      order: oneOf("order", ORDERS),
      limit,
      offset,
    }),
  },
  worker: { params: params({ address: address("worker address") }), querystring: query({}) },
  rentals: {
    querystring: query({ state: oneOf("state", RENTAL_STATES), renter: address("renter"), limit, offset }),
  },
  rental: { params: params({ address: address("rental address") }), querystring: query({}) },
  rewardHours: { querystring: query({ limit, offset }) },
  rewardHour: { params: hourParams, querystring: query({ limit: integer("limit", 1, HOUR_WORKERS_LIMIT_MAX), offset }) },
  rewardHourCsv: { params: hourParams, querystring: query({}) },
  proposal: { params: params({ address: address("proposal address") }), querystring: query({}) },
  search: {
    querystring: query(
      {
        q: {
          type: "string",
          pattern: BASE58,
          minLength: 32,
          maxLength: 88,
          description: "q must be an address (32 to 44 base58 characters) or a transaction signature (64 to 88)",
        },
      },
      ["q"],
    ),
  },
  transaction: { params: params({ signature }), querystring: query({}) },
  accountEvents: { params: params({ address: address("address") }), querystring: query({ limit, before }) },
  events: { querystring: query({ limit, before }) },
};
