#include "policyanalysis.h"

#include <charconv>

namespace mfapolicy {

std::shared_ptr<const PolicyAnalysis> PolicyAnalysis::run(const QString &text, const SimulationIdentity &identity,
                                                          PolicyKind kind, const QString &name)
{
    auto analysis = std::make_shared<PolicyAnalysis>();
    analysis->text = text;
    analysis->offsets = OffsetMap(text);
    analysis->kind = kind;
    std::string utf8 = text.toStdString();
    analysis->size = policySize(utf8);
    analysis->source = PolicySource::parse(std::move(utf8), name.toStdString());
    if (text.size() <= matrixLimit) {
        const Policy *policy = &analysis->source.policy();
        analysis->matrix = computeMatrix(std::span<const Policy *const>(&policy, 1), identity);
    }
    CheckOptions options;
    options.kind = kind;
    options.identity = identity;
    analysis->findings = checkPolicy(analysis->source, options);
    return analysis;
}

std::pair<int, int> PolicyAnalysis::positions(const SourceRange &range) const
{
    return {offsets.toPosition(range.begin), offsets.toPosition(range.end)};
}

std::optional<std::pair<int, int>> PolicyAnalysis::positions(const std::string &pointer) const
{
    const std::optional<SourceRange> range = source.range(pointer);
    if (!range)
        return std::nullopt;
    return positions(*range);
}

std::optional<std::size_t> PolicyAnalysis::statementAt(int position) const
{
    const std::string pointer = source.pointerAt(offsets.toByteOffset(position));
    static const std::string prefix = "/Statement";
    if (pointer.compare(0, prefix.size(), prefix) != 0)
        return std::nullopt;
    const auto &statements = source.policy().statements;
    // A single-object Statement has the pointer "/Statement" itself.
    if (pointer.size() == prefix.size() || pointer[prefix.size()] != '/') {
        if (statements.size() == 1 && statements.front().pointer == prefix)
            return 0;
        return std::nullopt;
    }
    std::size_t index = 0;
    const char *begin = pointer.data() + prefix.size() + 1;
    const char *end = pointer.data() + pointer.size();
    const auto [ptr, ec] = std::from_chars(begin, end, index);
    if (ec != std::errc() || ptr == begin || (ptr != end && *ptr != '/'))
        return std::nullopt;
    for (std::size_t i = 0; i < statements.size(); ++i) {
        if (statements[i].index == index)
            return i;
    }
    return std::nullopt;
}

} // namespace mfapolicy
