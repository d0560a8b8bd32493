#pragma once

#include "conditionoperators.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

// Readers for the values of the typed condition operators (Numeric, Date, Bool, IpAddress,
// Binary). A value that cannot be read makes the condition fail (ConditionBadValue); IAM itself
// rejects such policies when they are saved. Internal to the core.
namespace mfapolicy::detail {

/// A decimal number, as NumericEquals and friends compare them ("10" equals "10.0").
std::optional<double> parseNumber(std::string_view text);
/// "true" or "false" in any case (JSON true/false reach the model as that text).
std::optional<bool> parseBool(std::string_view text);
/// Seconds since the epoch: epoch seconds, or the W3C profile of ISO 8601 (YYYY-MM-DD with an
/// optional Thh:mm[:ss[.fraction]] and an optional Z or ±hh:mm / ±hhmm; no zone means UTC).
std::optional<double> parseDate(std::string_view text);

struct IpAddressValue {
    bool v6 = false;
    std::array<std::uint8_t, 16> bytes {};
};
/// A dotted IPv4 address or an IPv6 address (with "::" and an embedded IPv4 tail).
std::optional<IpAddressValue> parseIpAddress(std::string_view text);

struct CidrBlock {
    IpAddressValue base;
    int prefix = 0;
    bool contains(const IpAddressValue &address) const;
};
/// "203.0.113.0/24", "2001:db8::/32", or a single address (a /32 or /128 block).
std::optional<CidrBlock> parseCidr(std::string_view text);

/// Standard base64 (padding optional); BinaryEquals compares the decoded bytes.
std::optional<std::string> decodeBase64(std::string_view text);

/// Whether a policy value can be read as its operator's kind (a number for Numeric operators, a
/// date, "true"/"false" for Bool and Null, a CIDR block, base64). String and ARN values always can.
bool readableConditionValue(ConditionValueKind kind, std::string_view text);

} // namespace mfapolicy::detail
