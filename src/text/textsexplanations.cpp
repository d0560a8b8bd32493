// Texts: statement traces and cell explanations in plain language.
#include "texts.h"

#include "conditionoperators.h"

#include <algorithm>

namespace mfapolicy {

namespace {

QString arg(const MatchPart &part, std::size_t index)
{
    return index < part.args.size() ? QString::fromStdString(part.args[index]) : QString();
}

QString quoted(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QString joinedArgs(const MatchPart &part, std::size_t from)
{
    QStringList values;
    for (std::size_t i = from; i < part.args.size(); ++i)
        values << quoted(QString::fromStdString(part.args[i]));
    return values.join(QStringLiteral(", "));
}

QString policyValues(const ConditionClause &clause)
{
    QStringList values;
    for (const PolicyString &value : clause.values)
        values << quoted(QString::fromStdString(value.value));
    return values.join(QStringLiteral(", "));
}

const Statement *statementOf(std::span<const Policy *const> policies, std::size_t policy, std::size_t statement)
{
    if (policy >= policies.size() || !policies[policy] || statement >= policies[policy]->statements.size())
        return nullptr;
    return &policies[policy]->statements[statement];
}

QString actionReason(const MatchPart &part, const Request &request)
{
    const QString action = QString::fromStdString(request.action);
    switch (part.reason) {
    case MatchReason::ActionListed:
        return Texts::tr("its Action %1 covers %2").arg(quoted(arg(part, 0)), action);
    case MatchReason::ActionNotListed:
        return Texts::tr("its Action does not cover %1").arg(action);
    case MatchReason::ActionExcluded:
        return Texts::tr("its NotAction lists %1 (%2), so the statement does not cover it")
            .arg(action, quoted(arg(part, 0)));
    case MatchReason::ActionNotExcluded:
        return Texts::tr("%1 is not in its NotAction, so the statement covers it").arg(action);
    default:
        break;
    }
    return part.matched ? Texts::tr("its action part matches %1").arg(action)
                        : Texts::tr("its action part does not match %1").arg(action);
}

QString resourceReason(const MatchPart &part, const Request &request)
{
    const QString resource = QString::fromStdString(request.resource);
    switch (part.reason) {
    case MatchReason::ResourceListed:
        if (part.args.size() > 1 && part.args[0] != part.args[1]) {
            return Texts::tr("its Resource %1 (here %2) matches %3")
                .arg(quoted(arg(part, 0)), quoted(arg(part, 1)), resource);
        }
        return Texts::tr("its Resource %1 matches %2").arg(quoted(arg(part, 0)), resource);
    case MatchReason::ResourceNotListed:
        if (part.args.empty())
            return Texts::tr("none of its Resource entries matches %1").arg(resource);
        return Texts::tr("none of its Resource entries (%1) matches %2").arg(joinedArgs(part, 0), resource);
    case MatchReason::ResourceNeedsStar:
        return Texts::tr("%1 has no resource type, so only \"Resource\": \"*\" can cover it")
            .arg(QString::fromStdString(request.action));
    case MatchReason::ResourceExcluded:
        return Texts::tr("its NotResource %1 matches %2, so the statement does not cover it")
            .arg(quoted(arg(part, 0)), resource);
    case MatchReason::ResourceNotExcluded:
        return Texts::tr("its NotResource does not match %1, so the statement covers it").arg(resource);
    case MatchReason::VariableUnresolved:
        return Texts::tr("the policy variable %1 has no value in this request, so the entry matches nothing")
            .arg(arg(part, 0));
    default:
        break;
    }
    return part.matched ? Texts::tr("its resource part matches %1").arg(resource)
                        : Texts::tr("its resource part does not match %1").arg(resource);
}

// A negated operator that holds: the request value equals none of the policy values.
QString negatedHolds(ConditionRelation relation, bool severalValues)
{
    switch (relation) {
    case ConditionRelation::EqualsIgnoreCase:
        return severalValues ? Texts::tr("%1 %2: the request value %3 equals none of %4, even ignoring case")
                             : Texts::tr("%1 %2: the request value %3 does not equal %4, even ignoring case");
    case ConditionRelation::Like:
        return severalValues ? Texts::tr("%1 %2: the request value %3 matches none of %4")
                             : Texts::tr("%1 %2: the request value %3 does not match %4");
    case ConditionRelation::InRange:
        return severalValues ? Texts::tr("%1 %2: the request value %3 is in none of %4")
                             : Texts::tr("%1 %2: the request value %3 is not in %4");
    default:
        break;
    }
    return severalValues ? Texts::tr("%1 %2: the request value %3 equals none of %4")
                         : Texts::tr("%1 %2: the request value %3 does not equal %4");
}

// A negated operator that fails: the request value (%3) equals a policy value (%4), one of %5.
QString negatedFails(ConditionRelation relation, bool severalValues)
{
    switch (relation) {
    case ConditionRelation::EqualsIgnoreCase:
        return severalValues ? Texts::tr("%1 %2: the request value %3 equals %4 (ignoring case), one of %5")
                             : Texts::tr("%1 %2: the request value %3 equals %4 (ignoring case)");
    case ConditionRelation::Like:
        return severalValues ? Texts::tr("%1 %2: the request value %3 matches %4, one of %5")
                             : Texts::tr("%1 %2: the request value %3 matches %4");
    case ConditionRelation::InRange:
        return severalValues ? Texts::tr("%1 %2: the request value %3 is in %4, one of %5")
                             : Texts::tr("%1 %2: the request value %3 is in %4");
    default:
        break;
    }
    return severalValues ? Texts::tr("%1 %2: the request value %3 equals %4, one of %5")
                         : Texts::tr("%1 %2: the request value %3 equals %4");
}

// ConditionMatched and ConditionValueDiffers with the key present. Their arguments depend on the
// operator (see MatchReason): a positive operator names the policy value that matched, a negated
// one the policy value that the request value must not have matched. Several policy values are OR
// for a positive operator and AND ("none of them") for a negated one.
QString comparisonReason(const MatchPart &part, const ConditionClause &clause)
{
    const ConditionOperatorInfo &info = conditionOperatorInfo(clause.op);
    const QString op = QString::fromStdString(clause.operatorText);
    const QString key = QString::fromStdString(clause.key);
    const QString expected = policyValues(clause);
    const bool several = clause.values.size() > 1;
    const bool matched = part.reason == MatchReason::ConditionMatched;
    // Whether the sentence is about every request value, and whether it says that values match.
    // ForAllValues with a positive operator and ForAnyValue with a negated one speak of every
    // request value; the others name one or say that none matched.
    const bool aboutEvery
        = clause.qualifier != SetQualifier::None && (clause.qualifier == SetQualifier::ForAllValues) != info.negated;
    const bool positive = matched != info.negated;

    if (aboutEvery) {
        return positive ? Texts::tr("%1 %2: each of the request values %3 matches one of %4")
                              .arg(op, key, joinedArgs(part, 0), expected)
                        : Texts::tr("%1 %2: not all of the request values %3 match one of %4")
                              .arg(op, key, joinedArgs(part, 0), expected);
    }
    if (!positive) {
        // Nothing matched: the arguments are the request values.
        if (part.args.size() > 1)
            return Texts::tr("%1 %2: none of the request values %3 matches any of %4")
                .arg(op, key, joinedArgs(part, 0), expected);
        if (info.negated && clause.qualifier == SetQualifier::None)
            return negatedHolds(info.relation, several).arg(op, key, quoted(arg(part, 0)), expected);
        return several
            ? Texts::tr("%1 %2: the request value %3 matches none of %4").arg(op, key, quoted(arg(part, 0)), expected)
            : Texts::tr("%1 %2: the request value %3 does not match %4").arg(op, key, quoted(arg(part, 0)), expected);
    }
    // A request value matched a policy value: the arguments are that pair.
    if (info.negated && clause.qualifier == SetQualifier::None) {
        return Texts::fill(negatedFails(info.relation, several),
                           {clause.operatorText, clause.key, quoted(arg(part, 0)).toStdString(),
                            quoted(arg(part, 1)).toStdString(), expected.toStdString()});
    }
    if (several) {
        return Texts::tr("%1 %2: the request value %3 matches %4, one of %5")
            .arg(op, key, quoted(arg(part, 0)), quoted(arg(part, 1)), expected);
    }
    return Texts::tr("%1 %2: the request value %3 matches %4").arg(op, key, quoted(arg(part, 0)), expected);
}

QString conditionReason(const MatchPart &part, const ConditionClause *clause)
{
    const QString op = clause ? QString::fromStdString(clause->operatorText) : QString();
    const QString key = clause ? QString::fromStdString(clause->key) : QString();
    const QString expected = clause ? policyValues(*clause) : QString();
    switch (part.reason) {
    case MatchReason::ConditionMatched:
    case MatchReason::ConditionValueDiffers:
        if (clause)
            return comparisonReason(part, *clause);
        break;
    case MatchReason::ConditionKeyAbsent:
        return Texts::tr("this request has no %1 key, and %2 does not match a missing key").arg(key, op);
    case MatchReason::ConditionNegatedAbsent:
        return Texts::tr("this request has no %1 key, and the negated operator %2 matches a missing key").arg(key, op);
    case MatchReason::ConditionIfExistsAbsent:
        return Texts::tr("this request has no %1 key, and %2 treats a missing key as a match").arg(key, op);
    case MatchReason::ConditionNullMatched:
        return Texts::tr("Null %1: the key is %2, as the condition asks")
            .arg(key, expected.contains(QStringLiteral("true")) ? Texts::tr("absent") : Texts::tr("present"));
    case MatchReason::ConditionNullDiffers:
        return Texts::tr("Null %1: the key is %2, but the condition asks otherwise")
            .arg(key, expected.contains(QStringLiteral("true")) ? Texts::tr("present") : Texts::tr("absent"));
    case MatchReason::ConditionForAnyValueEmpty:
        return Texts::tr("this request has no values for %1, and %2 never matches a missing key").arg(key, op);
    case MatchReason::ConditionForAllValuesEmpty:
        return Texts::tr("this request has no values for %1, and %2 matches a missing key").arg(key, op);
    case MatchReason::ConditionInvalidOperator:
        return Texts::tr("%1 is not a condition operator IAM accepts, so this condition never matches").arg(op);
    case MatchReason::ConditionBadValue:
        return Texts::tr("%1 %2: the value %3 cannot be read for this operator, so the condition does not match")
            .arg(op, key, quoted(arg(part, 0)));
    case MatchReason::VariableUnresolved:
        return Texts::tr("%1 %2: the policy variable %3 has no value in this request").arg(op, key, arg(part, 0));
    default:
        break;
    }
    return part.matched ? Texts::tr("%1 %2 matches").arg(op, key) : Texts::tr("%1 %2 does not match").arg(op, key);
}

// Why the statement matched: its conditions when it has any (that is where MFA is decided),
// otherwise what its action and resource cover.
QString matchedReasons(const StatementTrace &trace, const Statement *statement, const Request &request)
{
    QStringList reasons;
    for (const ConditionTrace &condition : trace.conditions) {
        const ConditionClause *clause = statement && condition.clause < statement->conditions.size()
            ? &statement->conditions[condition.clause]
            : nullptr;
        reasons << conditionReason(condition.result, clause);
    }
    if (reasons.isEmpty())
        reasons << actionReason(trace.action, request) << resourceReason(trace.resource, request);
    return reasons.join(QStringLiteral("; "));
}

QString failedReason(const StatementTrace &trace, const Statement *statement, const Request &request)
{
    if (!trace.usable)
        return Texts::tr("the statement is malformed, so IAM would reject the policy and it is skipped here");
    if (!trace.action.matched)
        return actionReason(trace.action, request);
    if (!trace.resource.matched)
        return resourceReason(trace.resource, request);
    for (const ConditionTrace &condition : trace.conditions) {
        if (condition.result.matched)
            continue;
        const ConditionClause *clause = statement && condition.clause < statement->conditions.size()
            ? &statement->conditions[condition.clause]
            : nullptr;
        return conditionReason(condition.result, clause);
    }
    return Texts::tr("it does not match this request");
}

} // namespace

QString Texts::statementName(std::span<const Policy *const> policies, const StatementRef &ref)
{
    const Statement *statement = statementOf(policies, ref.policy, ref.statement);
    QString name;
    if (statement && statement->sid && !statement->sid->empty())
        name = QString::fromStdString(*statement->sid);
    else
        name = tr("Statement[%1]").arg(statement ? statement->index : ref.statement);
    if (policies.size() > 1 && ref.policy < policies.size() && policies[ref.policy])
        name = QString::fromStdString(policies[ref.policy]->name) + QLatin1Char('/') + name;
    return name;
}

QString Texts::statementExplanation(std::span<const Policy *const> policies, const StatementTrace &trace,
                                    const Request &request)
{
    const Statement *statement = statementOf(policies, trace.policy, trace.statement);
    const QString name = statementName(policies, {trace.policy, trace.statement});
    if (trace.applies && statement) {
        const QString why = matchedReasons(trace, statement, request);
        return statement->effect == Effect::Deny ? tr("Denied by %1: %2").arg(name, why)
                                                 : tr("Allowed by %1: %2").arg(name, why);
    }
    return tr("%1 does not apply: %2").arg(name, failedReason(trace, statement, request));
}

QStringList Texts::evaluationExplanation(std::span<const Policy *const> policies, const Evaluation &evaluation,
                                         const Request &request)
{
    QStringList lines;
    lines << tr("Decision: %1").arg(decisionLabel(evaluation.decision));
    if (evaluation.notPolicyControlled) {
        lines << sessionTokenNote();
        return lines;
    }
    const auto isDeciding = [&](const StatementTrace &trace) {
        const StatementRef ref {trace.policy, trace.statement};
        const auto &deciding
            = evaluation.decision == Decision::ExplicitDeny ? evaluation.deniedBy : evaluation.allowedBy;
        return std::find(deciding.begin(), deciding.end(), ref) != deciding.end();
    };
    for (const StatementTrace &trace : evaluation.trace) {
        if (isDeciding(trace))
            lines << statementExplanation(policies, trace, request);
    }
    if (evaluation.decision == Decision::ImplicitDeny)
        lines << tr("No statement allows this request, so it is denied implicitly.");
    for (const StatementTrace &trace : evaluation.trace) {
        if (isDeciding(trace))
            continue;
        if (trace.applies && evaluation.decision == Decision::ExplicitDeny) {
            lines << tr("%1 matches too, but an explicit deny always overrides an Allow")
                         .arg(statementName(policies, {trace.policy, trace.statement}));
        } else {
            lines << statementExplanation(policies, trace, request);
        }
    }
    return lines;
}

} // namespace mfapolicy
