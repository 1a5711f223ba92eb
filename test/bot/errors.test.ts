import { describe, expect, it } from "vitest";
import { ErrorCode, isCodedError } from "../../bot/errors.js";
import { WebexApiError } from "../../bot/webex/errors.js";

describe("Webex failures carry a code the operator can act on", () => {
  it.each([
    [401, ErrorCode.WebexUnauthorized, false],
    [403, ErrorCode.WebexForbidden, false],
    [404, ErrorCode.WebexNotFound, false],
    [400, ErrorCode.WebexRejected, false],
    [429, ErrorCode.WebexRateLimited, true],
    [503, ErrorCode.WebexUnavailable, true],
    [0, ErrorCode.WebexUnavailable, true],
  ])("status %i is %s (worth another try: %s)", (status, code, transient) => {
    const error = new WebexApiError(status, "/messages", "refused");
    expect(isCodedError(error)).toBe(true);
    expect(error.code).toBe(code);
    expect(error.transient).toBe(transient);
  });
});
