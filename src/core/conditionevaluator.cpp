#include "conditionevaluator.h"

#include "arnmatcher.h"
#include "policyvariables.h"
#include "wildcard.h"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <optional>
#include <span>
#include <string>

namespace mfapolicy::detail {

namespace {

// Value readers for the typed operators. A value that cannot be read makes the condition fail
// (ConditionBadValue); IAM itself rejects such policies when they are saved.

std::optional<double> parseNumber(std::string_view text)
{
    if (text.empty())
        return std::nullopt;
    double value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<bool> parseBool(std::string_view text)
{
    // JSON true/false reach us as their text; compare the words without regard to case.
    if (equalsIgnoreCase(text, "true"))
        return true;
    if (equalsIgnoreCase(text, "false"))
        return false;
    return std::nullopt;
}

bool readDigits(std::string_view text, std::size_t &pos, std::size_t count, int &out)
{
    if (pos + count > text.size())
        return false;
    out = 0;
    for (std::size_t i = 0; i < count; ++i) {
        const char c = text[pos + i];
        if (c < '0' || c > '9')
            return false;
        out = out * 10 + (c - '0');
    }
    pos += count;
    return true;
}

/// Days since 1970-01-01 of a proleptic Gregorian date.
long long daysFromCivil(int year, int month, int day)
{
    const int y = year - (month <= 2 ? 1 : 0);
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yearOfEra = y - era * 400;
    const int shiftedMonth = month + (month > 2 ? -3 : 9);
    const int dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1;
    const int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return static_cast<long long>(era) * 146097 + dayOfEra - 719468;
}

/// Seconds since the epoch: epoch seconds, or the W3C profile of ISO 8601 (YYYY-MM-DD with an
/// optional Thh:mm[:ss[.fraction]] and an optional Z or ±hh:mm / ±hhmm; no zone means UTC).
std::optional<double> parseDate(std::string_view text)
{
    if (!text.empty() && text.find_first_not_of("0123456789.-") == std::string_view::npos
        && text.find('-', 1) == std::string_view::npos)
        return parseNumber(text);

    std::size_t pos = 0;
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!readDigits(text, pos, 4, year) || pos >= text.size() || text[pos++] != '-' || !readDigits(text, pos, 2, month)
        || pos >= text.size() || text[pos++] != '-' || !readDigits(text, pos, 2, day))
        return std::nullopt;
    static constexpr int monthDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leapYear = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    const int daysInMonth = month == 2 && leapYear ? 29 : (month >= 1 && month <= 12 ? monthDays[month - 1] : 0);
    if (day < 1 || day > daysInMonth)
        return std::nullopt;
    double fraction = 0;
    int offsetSeconds = 0;
    if (pos < text.size()) {
        if (text[pos] != 'T' && text[pos] != 't')
            return std::nullopt;
        ++pos;
        if (!readDigits(text, pos, 2, hour) || pos >= text.size() || text[pos++] != ':'
            || !readDigits(text, pos, 2, minute))
            return std::nullopt;
        if (pos < text.size() && text[pos] == ':') {
            ++pos;
            if (!readDigits(text, pos, 2, second))
                return std::nullopt;
            if (pos < text.size() && text[pos] == '.') {
                const std::size_t start = pos;
                ++pos;
                while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9')
                    ++pos;
                if (pos == start + 1)
                    return std::nullopt;
                fraction = *parseNumber(std::string("0") + std::string(text.substr(start, pos - start)));
            }
        }
        if (hour > 23 || minute > 59 || second > 60)
            return std::nullopt;
        if (pos < text.size()) {
            const char zone = text[pos++];
            if (zone == 'Z' || zone == 'z') {
                // UTC
            } else if (zone == '+' || zone == '-') {
                int offsetHours = 0, offsetMinutes = 0;
                if (!readDigits(text, pos, 2, offsetHours))
                    return std::nullopt;
                if (pos < text.size() && text[pos] == ':')
                    ++pos;
                if (!readDigits(text, pos, 2, offsetMinutes) || offsetHours > 23 || offsetMinutes > 59)
                    return std::nullopt;
                offsetSeconds = (offsetHours * 3600 + offsetMinutes * 60) * (zone == '+' ? 1 : -1);
            } else {
                return std::nullopt;
            }
        }
    }
    if (pos != text.size())
        return std::nullopt;
    const long long seconds = daysFromCivil(year, month, day) * 86400LL + hour * 3600LL + minute * 60LL + second;
    return static_cast<double>(seconds - offsetSeconds) + fraction;
}

struct IpAddressValue {
    bool v6 = false;
    std::array<std::uint8_t, 16> bytes {};
};

bool parseIpv4(std::string_view text, std::uint8_t *out)
{
    std::size_t pos = 0;
    for (int part = 0; part < 4; ++part) {
        if (part > 0) {
            if (pos >= text.size() || text[pos] != '.')
                return false;
            ++pos;
        }
        const std::size_t start = pos;
        int value = 0;
        while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9' && pos - start < 3)
            value = value * 10 + (text[pos++] - '0');
        if (pos == start || value > 255)
            return false;
        out[part] = static_cast<std::uint8_t>(value);
    }
    return pos == text.size();
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c = asciiLower(c);
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

bool parseIpv6(std::string_view text, std::uint8_t *out)
{
    std::array<std::uint16_t, 8> groups {};
    int count = 0;
    int gap = -1; // index where "::" stands
    std::size_t pos = 0;
    if (text.starts_with("::")) {
        gap = 0;
        pos = 2;
    }
    while (pos < text.size()) {
        if (count >= 8)
            return false;
        // An embedded dotted IPv4 address takes the last two groups.
        const std::size_t nextColon = text.find(':', pos);
        const std::string_view rest
            = text.substr(pos, nextColon == std::string_view::npos ? text.npos : nextColon - pos);
        if (nextColon == std::string_view::npos && rest.find('.') != std::string_view::npos) {
            std::uint8_t v4[4];
            if (count > 6 || !parseIpv4(rest, v4))
                return false;
            groups[count++] = static_cast<std::uint16_t>(v4[0] << 8 | v4[1]);
            groups[count++] = static_cast<std::uint16_t>(v4[2] << 8 | v4[3]);
            pos = text.size();
            break;
        }
        if (rest.empty() || rest.size() > 4)
            return false;
        int value = 0;
        for (char c : rest) {
            const int h = hexValue(c);
            if (h < 0)
                return false;
            value = value * 16 + h;
        }
        groups[count++] = static_cast<std::uint16_t>(value);
        pos += rest.size();
        if (pos == text.size())
            break;
        ++pos; // the colon
        if (pos < text.size() && text[pos] == ':') {
            if (gap >= 0)
                return false;
            gap = count;
            ++pos;
        } else if (pos == text.size()) {
            return false; // trailing single colon
        }
    }
    if (gap < 0 && count != 8)
        return false;
    if (gap >= 0 && count > 7)
        return false;
    std::array<std::uint16_t, 8> full {};
    if (gap >= 0) {
        const int tail = count - gap;
        for (int i = 0; i < gap; ++i)
            full[i] = groups[i];
        for (int i = 0; i < tail; ++i)
            full[8 - tail + i] = groups[gap + i];
    } else {
        full = groups;
    }
    for (int i = 0; i < 8; ++i) {
        out[2 * i] = static_cast<std::uint8_t>(full[i] >> 8);
        out[2 * i + 1] = static_cast<std::uint8_t>(full[i] & 0xff);
    }
    return true;
}

std::optional<IpAddressValue> parseIpAddress(std::string_view text)
{
    IpAddressValue address;
    if (parseIpv4(text, address.bytes.data()))
        return address;
    address.v6 = true;
    if (parseIpv6(text, address.bytes.data()))
        return address;
    return std::nullopt;
}

struct CidrBlock {
    IpAddressValue base;
    int prefix = 0;

    bool contains(const IpAddressValue &address) const
    {
        if (address.v6 != base.v6)
            return false;
        int bits = prefix;
        for (std::size_t i = 0; bits > 0; ++i, bits -= 8) {
            const int take = bits >= 8 ? 8 : bits;
            const auto mask = static_cast<std::uint8_t>(0xff << (8 - take));
            if ((address.bytes[i] & mask) != (base.bytes[i] & mask))
                return false;
        }
        return true;
    }
};

/// "203.0.113.0/24", "2001:db8::/32", or a single address (a /32 or /128 block).
std::optional<CidrBlock> parseCidr(std::string_view text)
{
    const std::size_t slash = text.find('/');
    const auto base = parseIpAddress(text.substr(0, slash));
    if (!base)
        return std::nullopt;
    CidrBlock block;
    block.base = *base;
    const int maxPrefix = base->v6 ? 128 : 32;
    block.prefix = maxPrefix;
    if (slash != std::string_view::npos) {
        const std::string_view digits = text.substr(slash + 1);
        int prefix = 0;
        const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), prefix);
        if (digits.empty() || ec != std::errc() || end != digits.data() + digits.size() || prefix < 0
            || prefix > maxPrefix)
            return std::nullopt;
        block.prefix = prefix;
    }
    return block;
}

/// Standard base64 (padding optional); BinaryEquals compares the decoded bytes.
std::optional<std::string> decodeBase64(std::string_view text)
{
    while (!text.empty() && text.back() == '=')
        text.remove_suffix(1);
    std::string out;
    unsigned int buffer = 0;
    int bits = 0;
    for (char c : text) {
        int value = -1;
        if (c >= 'A' && c <= 'Z')
            value = c - 'A';
        else if (c >= 'a' && c <= 'z')
            value = c - 'a' + 26;
        else if (c >= '0' && c <= '9')
            value = c - '0' + 52;
        else if (c == '+')
            value = 62;
        else if (c == '/')
            value = 63;
        if (value < 0)
            return std::nullopt;
        buffer = (buffer << 6) | static_cast<unsigned int>(value);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out.push_back(static_cast<char>((buffer >> bits) & 0xff));
        }
    }
    if (bits >= 6)
        return std::nullopt; // a single leftover character cannot encode a byte
    return out;
}

enum class Comparison { Match, NoMatch, BadRequestValue, BadPolicyValue };

bool usesVariables(ConditionOperator op)
{
    // The policy-variables page allows variables with String and ARN operators only; §10 keeps
    // Bool out as well although the operators page says otherwise.
    switch (op) {
    case ConditionOperator::StringEquals:
    case ConditionOperator::StringNotEquals:
    case ConditionOperator::StringEqualsIgnoreCase:
    case ConditionOperator::StringNotEqualsIgnoreCase:
    case ConditionOperator::StringLike:
    case ConditionOperator::StringNotLike:
    case ConditionOperator::ArnEquals:
    case ConditionOperator::ArnLike:
    case ConditionOperator::ArnNotEquals:
    case ConditionOperator::ArnNotLike:
        return true;
    default:
        return false;
    }
}

template<typename T>
Comparison compareOrdered(ConditionOperator op, const std::optional<T> &request, const std::optional<T> &policy)
{
    if (!request)
        return Comparison::BadRequestValue;
    if (!policy)
        return Comparison::BadPolicyValue;
    bool result = false;
    switch (op) {
    case ConditionOperator::NumericEquals:
    case ConditionOperator::NumericNotEquals:
    case ConditionOperator::DateEquals:
    case ConditionOperator::DateNotEquals:
        result = *request == *policy;
        break;
    case ConditionOperator::NumericLessThan:
    case ConditionOperator::DateLessThan:
        result = *request < *policy;
        break;
    case ConditionOperator::NumericLessThanEquals:
    case ConditionOperator::DateLessThanEquals:
        result = *request <= *policy;
        break;
    case ConditionOperator::NumericGreaterThan:
    case ConditionOperator::DateGreaterThan:
        result = *request > *policy;
        break;
    case ConditionOperator::NumericGreaterThanEquals:
    case ConditionOperator::DateGreaterThanEquals:
        result = *request >= *policy;
        break;
    default:
        break;
    }
    return result ? Comparison::Match : Comparison::NoMatch;
}

Comparison fromBool(bool matched)
{
    return matched ? Comparison::Match : Comparison::NoMatch;
}

/// The positive relation of the operator (for a negated operator, the relation it negates).
Comparison compareValues(ConditionOperator op, std::string_view request, std::string_view policy,
                         const std::vector<bool> *mask)
{
    switch (op) {
    case ConditionOperator::StringEquals:
    case ConditionOperator::StringNotEquals:
        return fromBool(request == policy);
    case ConditionOperator::StringEqualsIgnoreCase:
    case ConditionOperator::StringNotEqualsIgnoreCase:
        return fromBool(equalsIgnoreCase(request, policy));
    case ConditionOperator::StringLike:
    case ConditionOperator::StringNotLike: {
        GlobOptions options;
        options.literalMask = mask;
        return fromBool(globMatch(policy, request, options));
    }
    case ConditionOperator::NumericEquals:
    case ConditionOperator::NumericNotEquals:
    case ConditionOperator::NumericLessThan:
    case ConditionOperator::NumericLessThanEquals:
    case ConditionOperator::NumericGreaterThan:
    case ConditionOperator::NumericGreaterThanEquals:
        return compareOrdered(op, parseNumber(request), parseNumber(policy));
    case ConditionOperator::DateEquals:
    case ConditionOperator::DateNotEquals:
    case ConditionOperator::DateLessThan:
    case ConditionOperator::DateLessThanEquals:
    case ConditionOperator::DateGreaterThan:
    case ConditionOperator::DateGreaterThanEquals:
        return compareOrdered(op, parseDate(request), parseDate(policy));
    case ConditionOperator::Bool: {
        const auto r = parseBool(request);
        const auto p = parseBool(policy);
        if (!r)
            return Comparison::BadRequestValue;
        if (!p)
            return Comparison::BadPolicyValue;
        return fromBool(*r == *p);
    }
    case ConditionOperator::BinaryEquals: {
        const auto r = decodeBase64(request);
        const auto p = decodeBase64(policy);
        if (!r)
            return Comparison::BadRequestValue;
        if (!p)
            return Comparison::BadPolicyValue;
        return fromBool(*r == *p);
    }
    case ConditionOperator::IpAddress:
    case ConditionOperator::NotIpAddress: {
        const auto address = parseIpAddress(request);
        const auto block = parseCidr(policy);
        if (!address)
            return Comparison::BadRequestValue;
        if (!block)
            return Comparison::BadPolicyValue;
        return fromBool(block->contains(*address));
    }
    case ConditionOperator::ArnEquals:
    case ConditionOperator::ArnLike:
    case ConditionOperator::ArnNotEquals:
    case ConditionOperator::ArnNotLike:
        return fromBool(matchArnCondition(policy, mask, request));
    case ConditionOperator::Null:
    case ConditionOperator::Invalid:
        break;
    }
    return Comparison::NoMatch;
}

MatchPart result(bool matched, MatchReason reason)
{
    MatchPart part;
    part.matched = matched;
    part.reason = reason;
    return part;
}

MatchPart evaluateNull(const ConditionClause &clause, bool absent, bool trace)
{
    for (const PolicyString &value : clause.values) {
        const auto wantAbsent = parseBool(value.value);
        if (!wantAbsent) {
            MatchPart part = result(false, MatchReason::ConditionBadValue);
            if (trace) {
                part.pointer = value.pointer;
                part.args = {value.value};
            }
            return part;
        }
        if (*wantAbsent == absent) {
            MatchPart part = result(true, MatchReason::ConditionNullMatched);
            if (trace) {
                part.pointer = value.pointer;
                part.args = {clause.key, value.value};
            }
            return part;
        }
    }
    MatchPart part = result(false, MatchReason::ConditionNullDiffers);
    if (trace) {
        part.pointer = clause.pointer;
        part.args = {clause.key};
    }
    return part;
}

MatchPart evaluateAbsent(const ConditionClause &clause, bool trace)
{
    MatchPart part;
    if (clause.ifExists)
        part = result(true, MatchReason::ConditionIfExistsAbsent);
    else if (clause.qualifier == SetQualifier::ForAnyValue)
        part = result(false, MatchReason::ConditionForAnyValueEmpty);
    else if (clause.qualifier == SetQualifier::ForAllValues)
        part = result(true, MatchReason::ConditionForAllValuesEmpty);
    else if (isNegatedOperator(clause.op))
        part = result(true, MatchReason::ConditionNegatedAbsent);
    else
        part = result(false, MatchReason::ConditionKeyAbsent);
    if (trace) {
        part.pointer = clause.pointer;
        part.args = {clause.key};
    }
    return part;
}

/// A policy value ready for comparison: substituted when the operator takes variables.
struct PreparedValue {
    const PolicyString *source = nullptr;
    std::string_view text;
    const std::vector<bool> *mask = nullptr;
    bool unresolved = false;
};

} // namespace

bool isNegatedOperator(ConditionOperator op)
{
    switch (op) {
    case ConditionOperator::StringNotEquals:
    case ConditionOperator::StringNotEqualsIgnoreCase:
    case ConditionOperator::StringNotLike:
    case ConditionOperator::NumericNotEquals:
    case ConditionOperator::DateNotEquals:
    case ConditionOperator::NotIpAddress:
    case ConditionOperator::ArnNotEquals:
    case ConditionOperator::ArnNotLike:
        return true;
    default:
        return false;
    }
}

MatchPart evaluateCondition(const ConditionClause &clause, const RequestContext &context, bool variablesEnabled,
                            bool trace)
{
    if (clause.op == ConditionOperator::Invalid || (clause.op == ConditionOperator::Null && clause.ifExists)) {
        MatchPart part = result(false, MatchReason::ConditionInvalidOperator);
        if (trace) {
            part.pointer = clause.pointer;
            part.args = {clause.operatorText};
        }
        return part;
    }

    const std::vector<std::string> *requestValues = context.find(clause.key);
    // An empty multivalued key counts as missing; an empty string is a present value.
    const bool absent = !requestValues || requestValues->empty();
    if (clause.op == ConditionOperator::Null)
        return evaluateNull(clause, absent, trace);
    if (absent)
        return evaluateAbsent(clause, trace);

    const bool substitute = variablesEnabled && usesVariables(clause.op);
    // Conditions are evaluated for every statement of every request: keep the common case (a few
    // values, no variables) free of allocations.
    std::vector<Substitution> substitutions;
    std::array<PreparedValue, 8> inlineValues;
    std::vector<PreparedValue> heapValues;
    std::span<PreparedValue> prepared;
    if (clause.values.size() <= inlineValues.size()) {
        prepared = std::span<PreparedValue>(inlineValues.data(), clause.values.size());
    } else {
        heapValues.resize(clause.values.size());
        prepared = heapValues;
    }
    for (std::size_t i = 0; i < clause.values.size(); ++i) {
        const PolicyString &value = clause.values[i];
        PreparedValue &p = prepared[i];
        p.source = &value;
        p.text = value.value;
        if (substitute && mayHaveVariables(value.value, true)) {
            substitutions.reserve(clause.values.size()); // keeps the views below stable
            substitutions.push_back(substituteVariables(value.value, context, true));
            const Substitution &s = substitutions.back();
            p.text = s.value;
            p.mask = &s.literalMask;
            p.unresolved = s.unresolved;
        }
    }

    const bool negated = isNegatedOperator(clause.op);
    const bool needAll
        = clause.qualifier == SetQualifier::ForAllValues || (clause.qualifier == SetQualifier::None && negated);
    bool combined = needAll;
    const std::string *decidingRequest = nullptr;
    const PreparedValue *decidingPolicy = nullptr;

    for (const std::string &requestValue : *requestValues) {
        const PreparedValue *equal = nullptr;
        for (const PreparedValue &p : prepared) {
            if (p.unresolved)
                continue; // an absent variable is null: it matches nothing positively
            const Comparison c = compareValues(clause.op, requestValue, p.text, p.mask);
            if (c == Comparison::BadRequestValue || c == Comparison::BadPolicyValue) {
                MatchPart part = result(false, MatchReason::ConditionBadValue);
                if (trace) {
                    const bool policySide = c == Comparison::BadPolicyValue;
                    part.pointer = policySide ? p.source->pointer : clause.pointer;
                    part.args = {policySide ? p.source->value : requestValue};
                }
                return part;
            }
            if (c == Comparison::Match) {
                equal = &p;
                break;
            }
        }
        const bool holds = negated ? equal == nullptr : equal != nullptr;
        if (needAll && !holds) {
            combined = false;
            decidingRequest = &requestValue;
            decidingPolicy = equal;
            break;
        }
        if (!needAll && holds) {
            combined = true;
            decidingRequest = &requestValue;
            decidingPolicy = equal;
            break;
        }
    }

    MatchPart part;
    part.matched = combined;
    if (combined)
        part.reason = MatchReason::ConditionMatched;
    else
        part.reason = MatchReason::ConditionValueDiffers;
    if (!trace)
        return part;

    part.pointer = decidingPolicy ? decidingPolicy->source->pointer : clause.pointer;
    if (decidingRequest && decidingPolicy) {
        part.args = {*decidingRequest, std::string(decidingPolicy->text)};
        return part;
    }
    if (!combined && !negated) {
        // Nothing matched: say so by the variable when every policy value was an absent variable.
        bool allUnresolved = !prepared.empty();
        for (const PreparedValue &p : prepared)
            allUnresolved = allUnresolved && p.unresolved;
        if (allUnresolved) {
            for (const Substitution &s : substitutions) {
                if (s.unresolved) {
                    part.reason = MatchReason::VariableUnresolved;
                    part.pointer = prepared.front().source->pointer;
                    part.args = {s.unresolvedVariable};
                    return part;
                }
            }
        }
    }
    part.args = *requestValues;
    return part;
}

} // namespace mfapolicy::detail
