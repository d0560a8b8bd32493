#pragma once

#include "principal.h"

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace mfapolicy {

class PolicyActionIndex;

/// A principal prepared for many untraced requests, such as a decision matrix or the MFA rules
/// ask: each policy's statements are indexed by the service of their actions, and for every
/// action asked the statements that action can reach are kept as a small policy of their own,
/// so that a request evaluates only those instead of every entry of a large policy such as
/// ReadOnlyAccess. Its answers are evaluatePrincipal()'s without a trace: the same decision,
/// deciding layer, deciding and skipped statements (by their indexes in the whole policies).
///
/// The indexes of policies are kept between evaluators (see policyActionIndex()), so a principal
/// whose other policies did not change since the last evaluator reuses them. The principal must
/// outlive the evaluator and stay unchanged. Not thread-safe: one evaluator per thread.
class PrincipalEvaluator final
{
public:
    explicit PrincipalEvaluator(const Principal &principal);
    ~PrincipalEvaluator();
    PrincipalEvaluator(const PrincipalEvaluator &) = delete;
    PrincipalEvaluator &operator=(const PrincipalEvaluator &) = delete;

    /// evaluatePrincipal(principal, request, EvaluateOptions {false}).
    PrincipalEvaluation evaluate(const Request &request) const;

    const Principal &principal() const { return m_principal; }

private:
    /// The statements of one policy an action can reach, as a policy, with their indexes.
    struct ActionView {
        Policy policy;
        std::vector<std::size_t> statements; ///< index in the whole policy of each statement
    };
    /// One evaluated policy of the principal (not excluded, with a source), in layer order.
    struct Slot {
        Layer layer = Layer::Identity;
        std::size_t scpLevel = 0;
        std::size_t index = 0; ///< into the layer's policies
        const Policy *policy = nullptr;
        std::shared_ptr<const PolicyActionIndex> actions;
    };
    const std::vector<ActionView> &viewsFor(const std::string &action) const;

    const Principal &m_principal;
    std::vector<Slot> m_slots;
    mutable std::unordered_map<std::string, std::vector<ActionView>> m_views; ///< by lower-cased action
};

/// The action index of a policy source: which statements each action can reach. The last few dozen
/// indexes made are kept (with their sources), so that evaluators of one principal made one after
/// another, as on every keystroke in one of its policies, index its unchanged policies once.
/// Thread-safe.
std::shared_ptr<const PolicyActionIndex> policyActionIndex(const std::shared_ptr<const PolicySource> &source);

/// The statements of one policy that a request's action can make apply.
class PolicyActionIndex final
{
public:
    explicit PolicyActionIndex(std::shared_ptr<const PolicySource> source);
    const PolicySource &source() const { return *m_source; }
    /// A statement an action can reach, and what of its action list decides that.
    struct Reach {
        std::size_t statement = 0;
        enum class How {
            Listed, ///< `entry`, an Action entry, matches the action
            NotExcluded, ///< a NotAction list that does not name the action
            Whole, ///< cannot be evaluated: reported with its causes whatever the action
        } how
            = How::Whole;
        const PolicyString *entry = nullptr;
    };
    /// The statements, ascending, that the action can reach; the others cannot apply to it.
    std::vector<Reach> reachedBy(const std::string &action) const;

private:
    struct Entry {
        std::size_t statement = 0;
        const PolicyString *value = nullptr;
    };
    std::shared_ptr<const PolicySource> m_source;
    std::unordered_map<std::string, std::vector<Entry>> m_byService; ///< Action entries, by lower-cased service
    std::vector<Entry> m_anyService; ///< Action entries whose service part holds a wildcard (or no colon)
    std::vector<std::size_t> m_always; ///< NotAction statements and those that cannot be evaluated
};

} // namespace mfapolicy
