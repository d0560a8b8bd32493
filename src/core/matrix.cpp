#include "matrix.h"

#include "actioncatalog.h"
#include "principal.h"
#include "principalevaluator.h"
#include "rulesutil.h"

namespace mfapolicy {

namespace {

std::string iamArnPrefix(const std::string &account)
{
    return "arn:aws:iam::" + account + ':';
}

std::string normalizedPath(const std::string &path)
{
    if (path.empty())
        return "/";
    std::string out = path;
    if (out.front() != '/')
        out.insert(out.begin(), '/');
    if (out.back() != '/')
        out.push_back('/');
    return out;
}

void addRow(std::vector<MatrixRow> &rows, const ActionInfo &info, ResourcePattern pattern, std::string resource)
{
    MatrixRow row;
    row.action = info.name;
    row.pattern = pattern;
    row.resource = std::move(resource);
    row.mfaAction = info.mfaRelevant;
    rows.push_back(std::move(row));
}

// Fills every row's cells with `decide(request)`; one request per column, reused for every row
// (the context is the costly part to copy).
template<typename Decide>
DecisionMatrix fillMatrix(const SimulationIdentity &identity, const std::array<RequestContext, 3> &contexts,
                          const MatrixOptions &options, Decide decide)
{
    DecisionMatrix matrix;
    matrix.identity = identity;
    matrix.rows = matrixRows(identity);
    std::array<Request, 3> requests;
    for (std::size_t i = 0; i < allAuthStates.size(); ++i) {
        requests[i].principal = identity.userArn();
        requests[i].context = contexts[i];
    }
    for (MatrixRow &row : matrix.rows) {
        if (options.cancel && options.cancel->load(std::memory_order_relaxed))
            break;
        for (std::size_t i = 0; i < requests.size(); ++i) {
            requests[i].action = row.action;
            requests[i].resource = row.resource;
            row.cells[i] = decide(requests[i]);
        }
    }
    return matrix;
}

} // namespace

const char *cellDecisionId(CellDecision decision)
{
    switch (decision) {
    case CellDecision::Allow:
        return "allow";
    case CellDecision::ExplicitDeny:
        return "explicit-deny";
    case CellDecision::ImplicitDeny:
        return "implicit-deny";
    case CellDecision::Undetermined:
        return "undetermined";
    }
    return "undetermined";
}

MatrixCell identityCell(Evaluation evaluation)
{
    MatrixCell cell;
    cell.indeterminate = evaluation.indeterminate;
    const auto &refs = evaluation.decision == Decision::ExplicitDeny ? evaluation.deniedBy : evaluation.allowedBy;
    if (evaluation.decision != Decision::ImplicitDeny && !evaluation.notPolicyControlled) {
        for (const StatementRef &ref : refs)
            cell.deciding.push_back({{Layer::Identity, 0, ref.policy}, ref.statement});
    }
    cell.evaluation = std::move(evaluation);
    return cell;
}

CellDecision cellDecision(Decision decision, bool indeterminate)
{
    if (indeterminate)
        return CellDecision::Undetermined;
    switch (decision) {
    case Decision::Allow:
        return CellDecision::Allow;
    case Decision::ExplicitDeny:
        return CellDecision::ExplicitDeny;
    case Decision::ImplicitDeny:
        return CellDecision::ImplicitDeny;
    }
    return CellDecision::Undetermined;
}

std::string SimulationIdentity::userArn() const
{
    return userArn(userName);
}

std::string SimulationIdentity::userArn(const std::string &name) const
{
    return iamArnPrefix(account) + "user" + normalizedPath(userPath) + name;
}

std::string SimulationIdentity::deviceArn(const std::string &device) const
{
    return iamArnPrefix(account) + "mfa/" + device;
}

const char *authStateId(AuthState state)
{
    switch (state) {
    case AuthState::MfaSession:
        return "mfa";
    case AuthState::NoMfa:
        return "no-mfa";
    case AuthState::AccessKey:
        return "access-key";
    }
    return "mfa";
}

const char *resourcePatternId(ResourcePattern pattern)
{
    switch (pattern) {
    case ResourcePattern::OwnUser:
        return "own-user";
    case ResourcePattern::OtherUser:
        return "other-user";
    case ResourcePattern::DeviceNamedLikeUser:
        return "device-named-like-user";
    case ResourcePattern::DeviceCustomName:
        return "device-custom-name";
    case ResourcePattern::OtherUsersDevice:
        return "other-users-device";
    case ResourcePattern::Star:
        return "star";
    }
    return "star";
}

RequestContext contextFor(const SimulationIdentity &identity, AuthState state)
{
    // What IAM puts into the request context of an IAM user's call (SEMANTICS §4, §6): the
    // friendly name without path, the unique ID, and the MFA keys that depend on how the
    // request was signed.
    RequestContext context;
    context.set("aws:username", identity.userName);
    context.set("aws:userid", identity.userId);
    context.set("aws:PrincipalType", "User");
    context.set("aws:PrincipalArn", identity.userArn());
    context.set("aws:PrincipalAccount", identity.account);
    switch (state) {
    case AuthState::MfaSession:
        context.set("aws:MultiFactorAuthPresent", "true");
        context.set("aws:MultiFactorAuthAge", "60");
        break;
    case AuthState::NoMfa:
        context.set("aws:MultiFactorAuthPresent", "false");
        break;
    case AuthState::AccessKey:
        break; // long-term keys: neither key exists
    }
    return context;
}

bool MatrixRow::differs() const
{
    return cells[0].decision() != cells[1].decision() || cells[0].decision() != cells[2].decision();
}

const MatrixRow *DecisionMatrix::find(std::string_view action, ResourcePattern pattern) const
{
    for (const MatrixRow &row : rows) {
        if (row.pattern == pattern && iequals(row.action, action))
            return &row;
    }
    return nullptr;
}

Decision DecisionMatrix::decision(std::string_view action, ResourcePattern pattern, AuthState state) const
{
    const MatrixRow *row = find(action, pattern);
    return row ? row->cells[authStateIndex(state)].evaluation.decision : Decision::ImplicitDeny;
}

CellDecision DecisionMatrix::cellDecision(std::string_view action, ResourcePattern pattern, AuthState state) const
{
    const MatrixRow *row = find(action, pattern);
    return row ? row->cells[authStateIndex(state)].decision() : CellDecision::ImplicitDeny;
}

bool DecisionMatrix::hasUndetermined() const
{
    for (const MatrixRow &row : rows) {
        for (const MatrixCell &cell : row.cells) {
            if (cell.indeterminate)
                return true;
        }
    }
    return false;
}

std::vector<MatrixRow> matrixRows(const SimulationIdentity &identity)
{
    std::vector<MatrixRow> rows;
    const auto &described = ActionCatalog::instance().described();
    rows.reserve(described.size() * 3);
    for (const ActionInfo &info : described) {
        switch (info.resource) {
        case ResourceKind::User:
            addRow(rows, info, ResourcePattern::OwnUser, identity.userArn());
            addRow(rows, info, ResourcePattern::OtherUser, identity.userArn(identity.otherUser));
            break;
        case ResourceKind::Mfa:
            addRow(rows, info, ResourcePattern::DeviceNamedLikeUser, identity.deviceArn(identity.userName));
            addRow(rows, info, ResourcePattern::DeviceCustomName, identity.deviceArn(identity.deviceName));
            addRow(rows, info, ResourcePattern::OtherUsersDevice, identity.deviceArn(identity.otherUser));
            break;
        case ResourceKind::None:
            addRow(rows, info, ResourcePattern::Star, "*");
            break;
        }
    }
    return rows;
}

DecisionMatrix computeMatrix(const Principal &principal, const MatrixOptions &options)
{
    std::array<RequestContext, 3> contexts;
    for (std::size_t i = 0; i < allAuthStates.size(); ++i)
        contexts[i] = principalContext(principal, allAuthStates[i]);
    if (!options.traces) {
        // Only the statements each row's action can reach are evaluated.
        const PrincipalEvaluator evaluator(principal);
        return fillMatrix(principal.identity, contexts, options,
                          [&](const Request &request) { return principalCell(evaluator.evaluate(request)); });
    }
    return fillMatrix(principal.identity, contexts, options, [&](const Request &request) {
        return principalCell(evaluatePrincipal(principal, request, EvaluateOptions {true}));
    });
}

DecisionMatrix computeMatrix(std::span<const Policy *const> policies, const SimulationIdentity &identity,
                             const MatrixOptions &options)
{
    std::array<RequestContext, 3> contexts;
    for (std::size_t i = 0; i < allAuthStates.size(); ++i)
        contexts[i] = contextFor(identity, allAuthStates[i]);
    const EvaluateOptions evaluateOptions {options.traces};
    return fillMatrix(identity, contexts, options, [&](const Request &request) {
        return identityCell(evaluate(policies, request, evaluateOptions));
    });
}

DecisionMatrix computeMatrix(const Policy &policy, const SimulationIdentity &identity, const MatrixOptions &options)
{
    const Policy *policies[] = {&policy};
    return computeMatrix(policies, identity, options);
}

Request cellRequest(const SimulationIdentity &identity, const MatrixRow &row, AuthState state)
{
    Request request;
    request.principal = identity.userArn();
    request.action = row.action;
    request.resource = row.resource;
    request.context = contextFor(identity, state);
    return request;
}

Request cellRequest(const Principal &principal, const MatrixRow &row, AuthState state)
{
    Request request = cellRequest(principal.identity, row, state);
    request.context = principalContext(principal, state);
    return request;
}

PrincipalEvaluation explainCell(const Principal &principal, const MatrixRow &row, AuthState state)
{
    return evaluatePrincipal(principal, cellRequest(principal, row, state));
}

Evaluation explainCell(std::span<const Policy *const> policies, const SimulationIdentity &identity,
                       const MatrixRow &row, AuthState state)
{
    return evaluate(policies, cellRequest(identity, row, state));
}

PreMfaSummary summarizeBeforeMfa(const DecisionMatrix &matrix)
{
    PreMfaSummary summary;
    // An undetermined cell counts as not allowed, and says so (never "allowed" on a guess).
    const auto allowed = [&](std::string_view action, ResourcePattern pattern, AuthState state) {
        const CellDecision decision = matrix.cellDecision(action, pattern, state);
        summary.undetermined = summary.undetermined || decision == CellDecision::Undetermined;
        return decision == CellDecision::Allow;
    };
    constexpr auto create = "iam:CreateVirtualMFADevice";
    constexpr auto enable = "iam:EnableMFADevice";
    summary.canCreateDeviceNamedLikeUser = allowed(create, ResourcePattern::DeviceNamedLikeUser, AuthState::NoMfa);
    summary.canCreateDeviceWithCustomName = allowed(create, ResourcePattern::DeviceCustomName, AuthState::NoMfa);
    summary.canEnableDevice = allowed(enable, ResourcePattern::OwnUser, AuthState::NoMfa);
    summary.canEnrollVirtualWithCustomName = summary.canCreateDeviceWithCustomName && summary.canEnableDevice;
    summary.canEnrollVirtualNamedLikeUser = summary.canCreateDeviceNamedLikeUser && summary.canEnableDevice;
    summary.canEnrollSecurityKey = summary.canEnableDevice;
    summary.canSeeAllUsers = allowed("iam:ListUsers", ResourcePattern::Star, AuthState::NoMfa);
    summary.accessKeysCanEnroll = (allowed(create, ResourcePattern::DeviceCustomName, AuthState::AccessKey)
                                   || allowed(create, ResourcePattern::DeviceNamedLikeUser, AuthState::AccessKey))
        && allowed(enable, ResourcePattern::OwnUser, AuthState::AccessKey);
    for (const MatrixRow &row : matrix.rows) {
        if (row.cells[authStateIndex(AuthState::NoMfa)].decision() == CellDecision::Allow)
            summary.allowedWithoutMfa.push_back({row.action, row.pattern});
    }
    return summary;
}

} // namespace mfapolicy
