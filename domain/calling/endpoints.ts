// Endpoint types of the quality-by-endpoint view: the Calling detailed usage report counts legs on
// Cisco desk phones, Cisco room devices and other (third-party) devices; legs that are none of
// those were made with the Webex App. Media quality records name the device in words.

export const ENDPOINT_TYPES = ["desk_phone", "room_device", "webex_app", "other"] as const;
export type EndpointType = (typeof ENDPOINT_TYPES)[number];

const PATTERNS: ReadonlyArray<readonly [EndpointType, RegExp]> = [
  ["room_device", /room|board|desk\s*pro|desk\s*mini|navigator|codec/i],
  // Before desk phones: "Webex App for iPhone" is the app.
  ["webex_app", /\bapp\b|client|softphone|jabber|webex\s*(for|on)|desktop|mobile|ios|android|windows|mac/i],
  ["desk_phone", /phone|mpp|\b(78|88|68|98)\d\d\b|cp-/i],
];

/** The endpoint type of a device as a media quality record names it; anything else is other. */
export function endpointOf(device: string | null): EndpointType {
  if (!device) return "other";
  return PATTERNS.find(([, pattern]) => pattern.test(device))?.[0] ?? "other";
}
