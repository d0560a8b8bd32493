#pragma once

#include "policysource.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <istream>
#include <memory>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

namespace mfapolicy {

struct Evaluation;

/// The statements an evaluation left out, as `simulate` prints them: one object per statement with
/// policy, index, sid, effect (null when unreadable), mightApply, reasons [{reason, pointer}] and a
/// message in words.
nlohmann::ordered_json warningsJson(std::span<const Policy *const> policies, const Evaluation &evaluation);

/// The first diagnostic that means part of the document was not read into the model, or may not
/// mean what the model says (a syntax error, a duplicate key, nesting too deep, no Statement, a
/// Statement or document of the wrong type, an internal error); null when the model is complete.
/// Evaluating such a policy could leave out a Deny, so simulate refuses to.
const Finding *incompletePolicy(const PolicySource &source);

/// The JSON-lines engine of `simulate --requests`: reads one request per line, writes one answer
/// per line, in order, in constant memory. Parsed policies are cached by their JSON value because
/// a typical input repeats the same policy on every line.
struct Request;

class RequestStream final
{
public:
    /// Answers every line of `in` on `out`. Flushes after each line when `flushEachLine` (a person
    /// is watching), else only when the buffer fills and at the end. Returns false when writing
    /// failed (e.g. a closed pipe).
    bool run(std::istream &in, std::FILE *out, bool flushEachLine);

    /// The answer to one line (without the newline). `lineNumber` is 1-based, for messages.
    std::string answer(const std::string &line, std::size_t lineNumber);

private:
    struct PolicySet {
        nlohmann::ordered_json value; ///< the request's "policies" array, to tell hash collisions apart
        std::vector<PolicySource> sources;
        std::vector<const Policy *> policies;
        std::string error; ///< why the set cannot be evaluated (a policy not read completely), or ""
    };
    /// The parsed policies of a "policies" array, from the cache or parsed now. Null with
    /// `error` set when an entry is not a policy.
    const PolicySet *policySet(const nlohmann::ordered_json &policies, std::string &error);
    /// The answer for a request with a permissions boundary or SCP levels: each layer evaluated on
    /// its own and combined as IAM does; a denial names its layer.
    std::string layeredAnswer(const nlohmann::ordered_json &id, std::size_t lineNumber, const Request &request,
                              const PolicySet &identity, const nlohmann::ordered_json *boundary,
                              const nlohmann::ordered_json *scps);

    // Bounded: a stream of ever-different policies must not grow memory without limit.
    static constexpr std::size_t maxCachedSets = 64;
    std::unordered_map<std::size_t, std::vector<std::unique_ptr<PolicySet>>> m_cache;
    std::size_t m_cacheSize = 0;
    /// The raw text of a "policies" member -> its set in m_cache, to skip parsing it again.
    std::unordered_map<std::string, const PolicySet *> m_byText;
};

} // namespace mfapolicy
