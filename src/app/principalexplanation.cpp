#include "principalexplanation.h"

#include "texts.h"

namespace mfapolicy {

namespace {
QString statementName(const PrincipalView &view, const PrincipalPolicyRef &slot, std::size_t statement)
{
    const PrincipalPolicy *policy = view.policy(slot);
    if (!policy || !policy->source)
        return {};
    const Policy *p = &policy->source->policy();
    return Texts::statementName(std::span<const Policy *const>(&p, 1), StatementRef {0, statement});
}

// The policies a layer's evaluation indexes: its evaluated ones, which excluded ones are not among.
std::vector<const Policy *> evaluatedPolicies(const Principal &principal, const LayerEvaluation &layer)
{
    const std::vector<const Policy *> all = layerPolicies(principal, layer.layer, layer.scpLevel);
    std::vector<const Policy *> policies;
    for (std::size_t index : layer.policies)
        policies.push_back(index < all.size() ? all[index] : nullptr);
    return policies;
}
} // namespace

QString PrincipalExplanation::layerName(Layer layer, std::size_t scpLevel, const Principal &principal)
{
    switch (layer) {
    case Layer::Identity:
        return tr("the identity-based policies");
    case Layer::PermissionsBoundary:
        return tr("the permissions boundary");
    case Layer::Scp:
        if (scpLevel < principal.scps.size())
            return tr("the SCPs of level %1 (%2)")
                .arg(scpLevel + 1)
                .arg(QString::fromStdString(principal.scps[scpLevel].name));
        return tr("the SCPs");
    }
    return {};
}

QString PrincipalExplanation::layerTag(Layer layer)
{
    switch (layer) {
    case Layer::Identity:
        return {};
    case Layer::PermissionsBoundary:
        return tr("boundary");
    case Layer::Scp:
        return tr("SCP");
    }
    return {};
}

QString PrincipalExplanation::policyKind(const PrincipalPolicy &policy)
{
    QString kind;
    switch (policy.origin) {
    case PolicyOrigin::Inline:
        kind = tr("inline");
        break;
    case PolicyOrigin::CustomerManaged:
        kind = tr("customer managed");
        break;
    case PolicyOrigin::AwsManaged:
        kind = tr("AWS managed");
        break;
    }
    if (!policy.group.empty())
        kind = tr("%1, group %2").arg(kind, QString::fromStdString(policy.group));
    return kind;
}

QString PrincipalExplanation::decidedBy(const PrincipalView &view, const PrincipalMatrix &matrix, std::size_t row,
                                        AuthState state)
{
    if (row >= matrix.origins.size())
        return {};
    const CellOrigin &origin = matrix.origins[row][authStateIndex(state)];
    const Evaluation &e = matrix.matrix.rows[row].cells[authStateIndex(state)].evaluation;
    const QString layer = layerName(origin.layer, origin.scpLevel, view.principal);
    if (origin.indeterminate)
        return undeterminedReason(view.principal, matrix.matrix.rows[row], state);
    if (e.notPolicyControlled)
        return Texts::sessionTokenNote();
    const std::vector<StatementRef> &refs = e.decision == Decision::ExplicitDeny ? e.deniedBy : e.allowedBy;
    if (e.decision == Decision::ImplicitDeny || refs.empty())
        return tr("Decided by %1: no statement allows it.").arg(layer);
    QStringList statements;
    for (const StatementRef &ref : refs) {
        if (ref.policy >= matrix.policySlots.size())
            continue;
        const PrincipalPolicyRef &slot = matrix.policySlots[ref.policy];
        const PrincipalPolicy *policy = view.policy(slot);
        statements.append(tr("%1 in %2")
                              .arg(statementName(view, slot, ref.statement),
                                   policy ? QString::fromStdString(policy->name) : QString()));
    }
    return e.decision == Decision::ExplicitDeny
        ? tr("Denied by %1: %2.").arg(layer, statements.join(QStringLiteral(", ")))
        : tr("Allowed by %1: %2.").arg(layer, statements.join(QStringLiteral(", ")));
}

QString PrincipalExplanation::undeterminedReason(const Principal &principal, const MatrixRow &row, AuthState state)
{
    QStringList reasons;
    for (const LayerEvaluation &layer : explainPrincipalCell(principal, row, state).layers) {
        if (layer.evaluation.indeterminate)
            reasons << tr("%1: %2").arg(
                layerName(layer.layer, layer.scpLevel, principal),
                Texts::indeterminateEvaluation(evaluatedPolicies(principal, layer), layer.evaluation));
    }
    return reasons.join(QLatin1Char('\n'));
}

QString PrincipalExplanation::cell(const PrincipalView &view, const PrincipalMatrix &matrix, std::size_t row,
                                   AuthState state)
{
    if (row >= matrix.matrix.rows.size())
        return {};
    const MatrixRow &r = matrix.matrix.rows[row];
    const Evaluation &e = r.cells[authStateIndex(state)].evaluation;
    const CellOrigin &origin = matrix.origins[row][authStateIndex(state)];
    const auto escaped = [](const std::string &s) { return QString::fromStdString(s).toHtmlEscaped(); };
    QString html = QStringLiteral("<h3>%1</h3>")
                       .arg(Texts::decisionLabel(cellDecision(e.decision, origin.indeterminate)).toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b> %2<br><tt>%3</tt><br>%4</p>")
                .arg(escaped(r.action), tr("on").toHtmlEscaped(), escaped(r.resource),
                     QString(Texts::authState(state) + QStringLiteral(" — ") + Texts::authStateDescription(state))
                         .toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b></p>").arg(decidedBy(view, matrix, row, state).toHtmlEscaped());

    // Links to every deciding statement, in whichever document holds it.
    const std::vector<StatementRef> &refs = e.decision == Decision::ExplicitDeny ? e.deniedBy : e.allowedBy;
    if (e.decision != Decision::ImplicitDeny && !origin.indeterminate && !refs.empty()) {
        html += QStringLiteral("<ul>");
        for (const StatementRef &ref : refs) {
            if (ref.policy >= matrix.policySlots.size())
                continue;
            const PrincipalPolicyRef &slot = matrix.policySlots[ref.policy];
            const PrincipalPolicy *policy = view.policy(slot);
            if (!policy)
                continue;
            html += QStringLiteral("<li><a href=\"%1:%2/%3\">%4</a> — %5 (%6)</li>")
                        .arg(linkScheme())
                        .arg(ref.policy)
                        .arg(ref.statement)
                        .arg(tr("Go to %1").arg(statementName(view, slot, ref.statement)).toHtmlEscaped(),
                             QString::fromStdString(policy->name).toHtmlEscaped(), policyKind(*policy).toHtmlEscaped());
        }
        html += QStringLiteral("</ul>");
    }

    // Each layer's statements in words, traced again for this one cell.
    const PrincipalEvaluation pe = explainPrincipalCell(view.principal, r, state);
    const Request request = principalCellRequest(view.principal, r, state);
    for (const LayerEvaluation &layer : pe.layers) {
        const std::vector<const Policy *> policies = evaluatedPolicies(view.principal, layer);
        html += QStringLiteral("<p><i>%1</i>: %2</p>")
                    .arg(layerName(layer.layer, layer.scpLevel, view.principal).toHtmlEscaped(),
                         Texts::decisionLabel(cellDecision(layer.evaluation.decision, layer.evaluation.indeterminate))
                             .toHtmlEscaped());
        const QStringList lines = Texts::evaluationExplanation(policies, layer.evaluation, request);
        if (lines.isEmpty())
            continue;
        html += QStringLiteral("<ul>");
        for (const QString &line : lines)
            html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    return html;
}

} // namespace mfapolicy
