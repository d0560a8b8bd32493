#include "evaluator.h"

#include "arnmatcher.h"
#include "conditionevaluator.h"
#include "policyvariables.h"
#include "wildcard.h"

namespace mfapolicy {

namespace {

MatchPart part(bool matched, MatchReason reason)
{
    MatchPart p;
    p.matched = matched;
    p.reason = reason;
    return p;
}

std::string listPointer(const Statement &statement, bool actionList)
{
    if (actionList)
        return statement.pointer + (statement.notAction ? "/NotAction" : "/Action");
    return statement.pointer + (statement.notResource ? "/NotResource" : "/Resource");
}

MatchPart matchAction(const Statement &statement, std::string_view action, bool trace)
{
    const PolicyString *hit = nullptr;
    for (const PolicyString &entry : statement.actions) {
        if (actionMatches(entry.value, action)) {
            hit = &entry;
            break;
        }
    }
    MatchPart p;
    if (statement.notAction)
        p = hit ? part(false, MatchReason::ActionExcluded) : part(true, MatchReason::ActionNotExcluded);
    else
        p = hit ? part(true, MatchReason::ActionListed) : part(false, MatchReason::ActionNotListed);
    if (trace) {
        if (hit) {
            p.pointer = hit->pointer;
            p.args.push_back(hit->value);
        } else {
            p.pointer = listPointer(statement, true);
        }
    }
    return p;
}

/// One Resource/NotResource entry against the request, with variables substituted.
struct EntryMatch {
    bool matched = false;
    bool unresolved = false;
    std::string expanded; ///< filled only when tracing
    std::string variable; ///< the unresolved variable, when tracing
};

/// `scratch` holds the substituted text; it is reused from entry to entry to save allocations.
EntryMatch matchEntry(const PolicyString &entry, const Request &request, bool variablesEnabled, bool trace,
                      Substitution &scratch)
{
    EntryMatch result;
    if (!detail::mayHaveVariables(entry.value, variablesEnabled)) {
        result.matched = detail::matchResourceEntry(entry.value, nullptr, request.resource);
        if (trace)
            result.expanded = entry.value;
        return result;
    }
    if (detail::variableBeforeResourcePart(entry.value)) {
        // Not substituted there (only the resource part takes variables): matches no resource.
        if (trace)
            result.expanded = entry.value;
        return result;
    }
    detail::substituteInto(entry.value, request.context, scratch);
    if (scratch.unresolved) {
        // The variable's value is null: the entry matches no resource at all.
        result.unresolved = true;
        if (trace)
            result.variable = scratch.unresolvedVariable;
        return result;
    }
    const std::vector<bool> *mask = scratch.literalMask.empty() ? nullptr : &scratch.literalMask;
    result.matched = detail::matchResourceEntry(scratch.value, mask, request.resource);
    if (trace)
        result.expanded = scratch.value;
    return result;
}

MatchPart matchResource(const Statement &statement, const Request &request, bool variablesEnabled, bool trace,
                        Substitution &scratch)
{
    const PolicyString *hit = nullptr;
    const PolicyString *unresolvedEntry = nullptr;
    std::string unresolvedVariable;
    std::string hitExpanded;
    std::vector<std::string> expanded;
    if (trace)
        expanded.reserve(statement.resources.size());
    for (const PolicyString &entry : statement.resources) {
        EntryMatch m = matchEntry(entry, request, variablesEnabled, trace, scratch);
        if (m.unresolved && !unresolvedEntry) {
            unresolvedEntry = &entry;
            unresolvedVariable = std::move(m.variable);
        }
        if (m.matched) {
            hit = &entry;
            hitExpanded = std::move(m.expanded);
            break;
        }
        if (trace && !m.unresolved)
            expanded.push_back(std::move(m.expanded));
    }

    const bool noResourceType = request.resource == "*";
    MatchPart p;
    if (statement.notResource) {
        if (hit) {
            p = part(false, MatchReason::ResourceExcluded);
        } else if (unresolvedEntry) {
            // Applies, and the reason worth telling is that the entry with the variable excluded nothing.
            p = part(true, MatchReason::VariableUnresolved);
        } else {
            p = part(true, MatchReason::ResourceNotExcluded);
        }
    } else {
        if (hit)
            p = part(true, MatchReason::ResourceListed);
        else if (noResourceType)
            p = part(false, MatchReason::ResourceNeedsStar);
        else if (unresolvedEntry)
            p = part(false, MatchReason::VariableUnresolved);
        else
            p = part(false, MatchReason::ResourceNotListed);
    }
    if (!trace)
        return p;

    switch (p.reason) {
    case MatchReason::ResourceExcluded:
    case MatchReason::ResourceListed:
        p.pointer = hit->pointer;
        p.args.reserve(2);
        p.args.push_back(hit->value);
        p.args.push_back(std::move(hitExpanded));
        break;
    case MatchReason::VariableUnresolved:
        p.pointer = unresolvedEntry->pointer;
        p.args.push_back(std::move(unresolvedVariable));
        break;
    case MatchReason::ResourceNotListed:
        p.pointer = listPointer(statement, false);
        p.args = std::move(expanded);
        break;
    default:
        p.pointer = listPointer(statement, false);
        break;
    }
    return p;
}

/// Whether the statement applies; fills `trace` when given, otherwise stops at the first miss.
bool evaluateStatement(const Statement &statement, const Request &request, bool variablesEnabled, StatementTrace *trace,
                       Substitution &scratch)
{
    if (!statement.usable) {
        if (trace)
            trace->usable = false;
        return false;
    }
    const bool tracing = trace != nullptr;
    MatchPart action = matchAction(statement, request.action, tracing);
    bool applies = action.matched;
    if (tracing)
        trace->action = std::move(action);
    if (!applies && !tracing)
        return false;

    MatchPart resource = matchResource(statement, request, variablesEnabled, tracing, scratch);
    applies = applies && resource.matched;
    if (tracing)
        trace->resource = std::move(resource);
    if (!applies && !tracing)
        return false;

    if (tracing)
        trace->conditions.reserve(statement.conditions.size());
    for (std::size_t i = 0; i < statement.conditions.size(); ++i) {
        MatchPart condition
            = detail::evaluateCondition(statement.conditions[i], request.context, variablesEnabled, tracing);
        applies = applies && condition.matched;
        if (tracing)
            trace->conditions.push_back(ConditionTrace {i, std::move(condition)});
        else if (!applies)
            return false;
    }
    if (trace)
        trace->applies = applies;
    return applies;
}

/// Whether a statement the engine cannot evaluate might have applied: false only when a part
/// that could be read (Action, Resource, a condition) does not match the request.
bool mightApply(const Statement &statement, const Request &request, bool variablesEnabled, Substitution &scratch)
{
    bool actionKnown = true;
    bool resourceKnown = true;
    for (const SkipCause &cause : statement.problems) {
        switch (cause.reason) {
        case SkipReason::NotAnObject:
            return true;
        case SkipReason::MissingAction:
        case SkipReason::ActionAndNotAction:
        case SkipReason::InvalidAction:
        case SkipReason::EmptyAction:
            actionKnown = false;
            break;
        case SkipReason::MissingResource:
        case SkipReason::ResourceAndNotResource:
        case SkipReason::InvalidResource:
        case SkipReason::EmptyResource:
            resourceKnown = false;
            break;
        default:
            break;
        }
    }
    if (actionKnown && !matchAction(statement, request.action, false).matched)
        return false;
    if (resourceKnown && !matchResource(statement, request, variablesEnabled, false, scratch).matched)
        return false;
    for (const ConditionClause &clause : statement.conditions) {
        if (!clause.usable || clause.op == ConditionOperator::Invalid)
            continue;
        if (!detail::evaluateCondition(clause, request.context, variablesEnabled, false).matched)
            return false;
    }
    return true;
}

/// Why the statement cannot be evaluated; empty for a statement that can. A model built without
/// the parser may lack Statement::problems: an unknown operator still counts.
bool cannotEvaluate(const Statement &statement)
{
    if (!statement.usable || !statement.problems.empty())
        return true;
    for (const ConditionClause &clause : statement.conditions) {
        if (clause.op == ConditionOperator::Invalid || !clause.usable)
            return true;
    }
    return false;
}

std::vector<SkipCause> causesOf(const Statement &statement)
{
    if (!statement.problems.empty())
        return statement.problems;
    std::vector<SkipCause> causes;
    for (const ConditionClause &clause : statement.conditions) {
        if (clause.op == ConditionOperator::Invalid)
            causes.push_back({SkipReason::InvalidConditionOperator, clause.pointer});
    }
    return causes;
}

std::optional<Effect> readableEffect(const Statement &statement)
{
    for (const SkipCause &cause : statement.problems) {
        if (cause.reason == SkipReason::NotAnObject || cause.reason == SkipReason::MissingEffect
            || cause.reason == SkipReason::InvalidEffect)
            return std::nullopt;
    }
    return statement.effect;
}

} // namespace

bool isNotPolicyControlled(std::string_view action)
{
    // Authentication operations: "you cannot use policies to control" GetSessionToken, and
    // GetCallerIdentity works even when explicitly denied (SEMANTICS §1).
    return detail::equalsIgnoreCase(action, "sts:GetSessionToken")
        || detail::equalsIgnoreCase(action, "sts:GetCallerIdentity");
}

Evaluation evaluate(std::span<const Policy *const> policies, const Request &request, const EvaluateOptions &options)
{
    Evaluation evaluation;
    Substitution scratch;
    if (options.trace) {
        std::size_t statements = 0;
        for (const Policy *policy : policies)
            statements += policy ? policy->statements.size() : 0;
        evaluation.trace.reserve(statements);
    }
    for (std::size_t p = 0; p < policies.size(); ++p) {
        const Policy *policy = policies[p];
        if (!policy)
            continue;
        const bool variablesEnabled = policy->variablesEnabled();
        for (std::size_t s = 0; s < policy->statements.size(); ++s) {
            const Statement &statement = policy->statements[s];
            StatementTrace *trace = nullptr;
            if (options.trace) {
                trace = &evaluation.trace.emplace_back();
                trace->policy = p;
                trace->statement = s;
            }
            if (cannotEvaluate(statement)) {
                // Never in allowedBy/deniedBy: a statement that cannot be evaluated decides nothing.
                if (trace)
                    evaluateStatement(statement, request, variablesEnabled, trace, scratch);
                SkippedStatement &skipped = evaluation.skipped.emplace_back();
                skipped.ref = StatementRef {p, s};
                skipped.causes = causesOf(statement);
                skipped.effect = readableEffect(statement);
                skipped.mightApply = mightApply(statement, request, variablesEnabled, scratch);
                continue;
            }
            if (!evaluateStatement(statement, request, variablesEnabled, trace, scratch))
                continue;
            auto &list = statement.effect == Effect::Deny ? evaluation.deniedBy : evaluation.allowedBy;
            list.push_back(StatementRef {p, s});
        }
    }

    if (isNotPolicyControlled(request.action)) {
        evaluation.decision = Decision::Allow;
        evaluation.notPolicyControlled = true;
        evaluation.allowedBy.clear();
        evaluation.deniedBy.clear();
    } else if (!evaluation.deniedBy.empty()) {
        evaluation.decision = Decision::ExplicitDeny;
    } else if (!evaluation.allowedBy.empty()) {
        evaluation.decision = Decision::Allow;
    } else {
        evaluation.decision = Decision::ImplicitDeny;
    }
    // An explicit deny from a statement that was evaluated cannot be overturned by anything else.
    if (!evaluation.notPolicyControlled && evaluation.decision != Decision::ExplicitDeny) {
        for (const SkippedStatement &skipped : evaluation.skipped) {
            if (skipped.mightApply && skipped.effect != Effect::Allow)
                evaluation.indeterminate = true;
        }
    }
    return evaluation;
}

Evaluation evaluate(std::span<const Policy *const> policies, const Request &request)
{
    return evaluate(policies, request, EvaluateOptions {});
}

Evaluation evaluate(const Policy &policy, const Request &request, const EvaluateOptions &options)
{
    const Policy *const list[] = {&policy};
    return evaluate(std::span<const Policy *const>(list), request, options);
}

Evaluation evaluate(const Policy &policy, const Request &request)
{
    return evaluate(policy, request, EvaluateOptions {});
}

} // namespace mfapolicy
