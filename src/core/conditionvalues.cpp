#include "conditionvalues.h"

#include "wildcard.h"

#include <charconv>
#include <cmath>

namespace mfapolicy::detail {

namespace {

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

} // namespace

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

bool CidrBlock::contains(const IpAddressValue &address) const
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

bool readableConditionValue(ConditionValueKind kind, std::string_view text)
{
    switch (kind) {
    case ConditionValueKind::Numeric:
        return parseNumber(text).has_value();
    case ConditionValueKind::Date:
        return parseDate(text).has_value();
    case ConditionValueKind::Boolean:
    case ConditionValueKind::Null:
        return parseBool(text).has_value();
    case ConditionValueKind::Binary:
        return decodeBase64(text).has_value();
    case ConditionValueKind::IpAddress:
        return parseCidr(text).has_value();
    case ConditionValueKind::String:
    case ConditionValueKind::Arn:
        break;
    }
    return true;
}

} // namespace mfapolicy::detail
