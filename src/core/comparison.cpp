#include "comparison.h"

#include <algorithm>
#include <string_view>

namespace mfapolicy {

std::vector<CellChange> compareMatrices(const DecisionMatrix &before, const DecisionMatrix &after)
{
    std::vector<CellChange> changes;
    const auto compareRow = [&](const MatrixRow *old, const MatrixRow *now) {
        const MatrixRow &row = now ? *now : *old;
        for (std::size_t i = 0; i < allAuthStates.size(); ++i) {
            const Decision a = old ? old->cells[i].evaluation.decision : Decision::ImplicitDeny;
            const Decision b = now ? now->cells[i].evaluation.decision : Decision::ImplicitDeny;
            if (a != b)
                changes.push_back({row.action, row.pattern, row.resource, allAuthStates[i], a, b});
        }
    };
    for (const MatrixRow &row : after.rows)
        compareRow(before.find(row.action, row.pattern), &row);
    for (const MatrixRow &row : before.rows) {
        if (!after.find(row.action, row.pattern))
            compareRow(&row, nullptr);
    }
    return changes;
}

namespace {

std::vector<std::string_view> splitLines(const std::string &text)
{
    std::vector<std::string_view> lines;
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t end = text.find('\n', pos);
        end = end == std::string::npos ? text.size() : end + 1;
        lines.emplace_back(text.data() + pos, end - pos);
        pos = end;
    }
    return lines;
}

struct Op {
    DiffLine::Kind kind;
    std::size_t oldIndex; ///< index into the old lines (position for an insertion)
    std::size_t newIndex; ///< index into the new lines (position for a deletion)
};

// Myers' greedy shortest edit script over a[lo..) and b[lo..) with a common prefix and suffix
// already removed. Returns false when more than `maxD` edits are needed.
bool myers(const std::vector<std::string_view> &a, const std::vector<std::string_view> &b, std::size_t aBegin,
           std::size_t aEnd, std::size_t bBegin, std::size_t bEnd, std::size_t maxD, std::vector<Op> &ops)
{
    const long n = static_cast<long>(aEnd - aBegin);
    const long m = static_cast<long>(bEnd - bBegin);
    const long limit = std::min<long>(n + m, static_cast<long>(maxD));
    std::vector<std::vector<long>> trace; // trace[d][k + d] = furthest x on diagonal k after d edits
    std::vector<long> v(2 * limit + 3, 0);
    const long offset = limit + 1;
    long found = -1;
    for (long d = 0; d <= limit && found < 0; ++d) {
        for (long k = -d; k <= d; k += 2) {
            long x;
            if (d == 0)
                x = 0;
            else if (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]))
                x = v[offset + k + 1];
            else
                x = v[offset + k - 1] + 1;
            long y = x - k;
            while (x < n && y < m && a[aBegin + x] == b[bBegin + y]) {
                ++x;
                ++y;
            }
            v[offset + k] = x;
            if (x >= n && y >= m)
                found = d;
        }
        trace.emplace_back(v.begin() + offset - d, v.begin() + offset + d + 1);
    }
    if (found < 0)
        return false;

    std::vector<Op> reversed;
    long x = n;
    long y = m;
    for (long d = found; d > 0; --d) {
        const std::vector<long> &previous = trace[d - 1];
        const long k = x - y;
        const auto at = [&](long kk) { return previous[kk + d - 1]; };
        const bool down = k == -d || (k != d && at(k - 1) < at(k + 1));
        const long prevK = down ? k + 1 : k - 1;
        const long prevX = at(prevK);
        const long prevY = prevX - prevK;
        while (x > (down ? prevX : prevX + 1) && y > (down ? prevY + 1 : prevY)) {
            --x;
            --y;
            reversed.push_back({DiffLine::Kind::Context, aBegin + x, bBegin + y});
        }
        if (down) {
            --y;
            reversed.push_back({DiffLine::Kind::Added, aBegin + x, bBegin + y});
        } else {
            --x;
            reversed.push_back({DiffLine::Kind::Removed, aBegin + x, bBegin + y});
        }
    }
    while (x > 0 && y > 0) {
        --x;
        --y;
        reversed.push_back({DiffLine::Kind::Context, aBegin + x, bBegin + y});
    }
    ops.insert(ops.end(), reversed.rbegin(), reversed.rend());
    return true;
}

} // namespace

std::vector<DiffHunk> textDiff(const std::string &before, const std::string &after, std::size_t context,
                               std::size_t maxEditDistance)
{
    const auto a = splitLines(before);
    const auto b = splitLines(after);
    std::size_t prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
        ++prefix;
    std::size_t suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
           && a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
        ++suffix;

    std::vector<Op> ops;
    ops.reserve(a.size() + b.size());
    for (std::size_t i = 0; i < prefix; ++i)
        ops.push_back({DiffLine::Kind::Context, i, i});
    const std::size_t aEnd = a.size() - suffix;
    const std::size_t bEnd = b.size() - suffix;
    if (!myers(a, b, prefix, aEnd, prefix, bEnd, maxEditDistance, ops)) {
        // Too different to diff exactly in bounded time: one replacement of the middle.
        for (std::size_t i = prefix; i < aEnd; ++i)
            ops.push_back({DiffLine::Kind::Removed, i, prefix});
        for (std::size_t j = prefix; j < bEnd; ++j)
            ops.push_back({DiffLine::Kind::Added, aEnd, j});
    }
    for (std::size_t i = 0; i < suffix; ++i)
        ops.push_back({DiffLine::Kind::Context, aEnd + i, bEnd + i});

    std::vector<DiffHunk> hunks;
    std::size_t i = 0;
    while (i < ops.size()) {
        if (ops[i].kind == DiffLine::Kind::Context) {
            ++i;
            continue;
        }
        const std::size_t hunkBegin = i >= context ? i - context : 0;
        std::size_t lastChange = i;
        std::size_t j = i;
        while (j < ops.size()) {
            if (ops[j].kind != DiffLine::Kind::Context)
                lastChange = j;
            else if (j - lastChange > 2 * context)
                break;
            ++j;
        }
        const std::size_t hunkEnd = std::min(ops.size(), lastChange + context + 1);
        DiffHunk hunk;
        hunk.oldStart = ops[hunkBegin].oldIndex;
        hunk.newStart = ops[hunkBegin].newIndex;
        for (std::size_t h = hunkBegin; h < hunkEnd; ++h) {
            const Op &op = ops[h];
            switch (op.kind) {
            case DiffLine::Kind::Context:
                hunk.lines.push_back({op.kind, std::string(a[op.oldIndex])});
                ++hunk.oldCount;
                ++hunk.newCount;
                break;
            case DiffLine::Kind::Removed:
                hunk.lines.push_back({op.kind, std::string(a[op.oldIndex])});
                ++hunk.oldCount;
                break;
            case DiffLine::Kind::Added:
                hunk.lines.push_back({op.kind, std::string(b[op.newIndex])});
                ++hunk.newCount;
                break;
            }
        }
        // Unified diff numbers lines from 1; an empty side names the line before it.
        if (hunk.oldCount > 0)
            ++hunk.oldStart;
        if (hunk.newCount > 0)
            ++hunk.newStart;
        hunks.push_back(std::move(hunk));
        i = hunkEnd;
    }
    return hunks;
}

std::string unifiedDiffText(const std::vector<DiffHunk> &hunks, const std::string &beforeName,
                            const std::string &afterName)
{
    if (hunks.empty())
        return {};
    const auto range = [](std::size_t start, std::size_t count) {
        return count == 1 ? std::to_string(start) : std::to_string(start) + ',' + std::to_string(count);
    };
    std::string out = "--- " + beforeName + "\n+++ " + afterName + "\n";
    for (const DiffHunk &hunk : hunks) {
        out += "@@ -" + range(hunk.oldStart, hunk.oldCount) + " +" + range(hunk.newStart, hunk.newCount) + " @@\n";
        for (const DiffLine &line : hunk.lines) {
            out += line.kind == DiffLine::Kind::Context ? ' ' : line.kind == DiffLine::Kind::Removed ? '-' : '+';
            out += line.text;
            if (line.text.empty() || line.text.back() != '\n')
                out += "\n\\ No newline at end of file\n";
        }
    }
    return out;
}

} // namespace mfapolicy
