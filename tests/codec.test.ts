import { expect } from "chai";

import { regionCode, regionName, toBigInt, u64, workerFilters, WORKER_OFFSETS } from "@ionet/sdk";

describe("codec: values between the SDK and Anchor", () => {
  it("round-trips integers through BN, beyond 2^53", () => {
    const big = (1n << 64n) - 1n;
    expect(u64(big).toString()).to.equal(big.toString());
    expect(toBigInt(u64(big))).to.equal(big);
    expect(toBigInt(7)).to.equal(7n);
  });

  it("encodes a region as 8 ASCII bytes, zero padded, and decodes it back", () => {
    expect(regionCode("us-east")).to.deep.equal([117, 115, 45, 101, 97, 115, 116, 0]);
    expect(regionCode("")).to.deep.equal(Array(8).fill(0));
    expect(regionName(regionCode("ap-south"))).to.equal("ap-south");
    expect(regionName(regionCode(""))).to.equal("");
  });

  it("refuses a region longer than 8 bytes instead of truncating it", () => {
    expect(() => regionCode("us-east-1")).to.throw(RangeError, "longer than 8 bytes");
  });

  it("refuses a region that is not ASCII", () => {
    expect(() => regionCode("zürich")).to.throw(RangeError, "not ASCII");
  });

  it("filters workers by the same encoding it registers them with", () => {
    const [filter] = workerFilters({ region: "eu-west" });
    expect(filter).to.have.nested.property("memcmp.offset", WORKER_OFFSETS.region);
    expect(() => workerFilters({ region: "europe-west" })).to.throw(RangeError);
  });
});
