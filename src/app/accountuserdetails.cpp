#include "accountuserdetails.h"

#include "accounttexts.h"
#include "accountusermodel.h"
#include "studiopalette.h"

#include <algorithm>

namespace mfapolicy {

namespace {
QString escaped(const std::string &text)
{
    return QString::fromStdString(text).toHtmlEscaped();
}

QString userNames(const AccountState &state, const std::vector<std::size_t> &users)
{
    QStringList names;
    for (std::size_t u : users)
        names << QString::fromStdString(state.dump.users[u].name);
    return names.join(QStringLiteral(", "));
}

QString paragraph(const QString &text)
{
    return QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped());
}
} // namespace

QString AccountUserDetails::html(const AccountState &state, std::size_t index)
{
    const AccountUser &user = state.dump.users[index];
    const UserAnswers &u = state.users[index];
    QString out = QStringLiteral("<h3>%1</h3><p>%2</p>").arg(escaped(user.name), escaped(user.arn));
    if (!u.analysed) {
        out += QStringLiteral("<p><b>%1</b></p><ul>").arg(AccountTexts::notAnalysed(u.indeterminate).toHtmlEscaped());
        for (std::size_t p : user.problems)
            out += QStringLiteral("<li>%1 (%2)</li>")
                       .arg(AccountTexts::problem(state.dump.problems[p]).toHtmlEscaped(),
                            AccountTexts::location(state.path, state.dump.problems[p]).toHtmlEscaped());
        return out + QStringLiteral("</ul>");
    }
    out += QStringLiteral("<ul>");
    const QString device = QString::fromStdString(u.deviceName);
    // The table's symbol, so that a risky answer reads as one here too.
    for (int column = AccountUserModel::EnrollColumn; column < AccountUserModel::ColumnCount; ++column)
        out += QStringLiteral("<li>%1 %2</li>")
                   .arg(StudioPalette::verdict(AccountUserModel::verdict(u, column), StudioPalette::Variant::Light)
                            .symbol,
                        AccountTexts::answer(AccountUserModel::question(column, device),
                                             AccountUserModel::answer(u, column))
                            .toHtmlEscaped());
    out += QStringLiteral("</ul>");
    if (!u.canEnrollAnyName && u.canEnrollNamedLikeUser)
        out += QStringLiteral("<p>%1</p>").arg(AccountTexts::onlyNamedLikeUser().toHtmlEscaped());
    if (!u.enrollmentRefusals.empty())
        out += QStringLiteral("<h4>%1</h4>").arg(tr("Refused enrollment calls").toHtmlEscaped());
    for (const Refusal &r : u.enrollmentRefusals) {
        out += QStringLiteral("<p><b>%1</b> %2<br>").arg(escaped(r.action), escaped(r.resource));
        out += tr("Refused by %1.").arg(AccountTexts::layer(r.layer)).toHtmlEscaped();
        if (!r.policies.empty()) {
            QStringList names;
            for (const std::string &name : r.policies)
                names << QString::fromStdString(name);
            out += QLatin1Char(' ') + tr("Deciding policy: %1.").arg(names.join(QStringLiteral(", "))).toHtmlEscaped();
        } else if (r.decision == Decision::ImplicitDeny) {
            out += QLatin1Char(' ') + tr("No statement allows it.").toHtmlEscaped();
        }
        out += QStringLiteral("<br><code>%1</code></p>").arg(escaped(r.message));
    }
    return out;
}

QString AccountUserDetails::groupHtml(const QString &name, const QStringList &members, const QStringList &policies,
                                      bool inDump)
{
    QString out = QStringLiteral("<h3>%1</h3>").arg(name.toHtmlEscaped());
    out += paragraph(tr("%n member(s): %1", nullptr, int(members.size())).arg(members.join(QStringLiteral(", "))));
    if (!inDump)
        return out
            + paragraph(tr("The dump does not hold this group: its policies are unknown, and its members "
                           "are not analysed."));
    return out
        + paragraph(policies.isEmpty() ? tr("No policy is attached to the group.")
                                       : tr("Policies: %1").arg(policies.join(QStringLiteral(", "))));
}

QString AccountUserDetails::policyHtml(const AccountState &state, std::size_t index, const QString &attachedTo)
{
    const AccountPolicy &policy = state.dump.policies[index];
    const PolicyAnswers &answers = state.policies[index];
    QString out = QStringLiteral("<h3>%1</h3><p>%2</p>")
                      .arg(escaped(policy.name), escaped(policy.arn.empty() ? policy.owner : policy.arn));
    out += paragraph(AccountTexts::origin(policy));
    if (!attachedTo.isEmpty())
        out += paragraph(tr("Attached to: %1").arg(attachedTo));
    out += paragraph(
        answers.users.empty()
            ? tr("It reaches no user of the dump.")
            : tr("Reaches %n user(s): %1", nullptr, int(answers.users.size())).arg(userNames(state, answers.users)));
    if (!answers.blocksEnrollment.empty())
        out += paragraph(AccountTexts::blocksEnrollment(userNames(state, answers.blocksEnrollment)));
    if (answers.stale)
        out += paragraph(AccountTexts::stalePolicy());
    return out;
}

QString AccountUserDetails::problemsHtml(const AccountState &state)
{
    if (state.dump.problems.empty())
        return {};
    QString out = QStringLiteral("<b>%1</b><ul style=\"margin:0\">")
                      .arg(tr("%n problem(s) in the dump: the answers cover what could be read.", nullptr,
                              int(state.dump.problems.size()))
                               .toHtmlEscaped());
    // The first few: the notice stays a few lines high above the tables however damaged the dump.
    constexpr std::size_t shown = 5;
    for (std::size_t i = 0; i < std::min(shown, state.dump.problems.size()); ++i) {
        const AccountProblem &p = state.dump.problems[i];
        out += QStringLiteral("<li>%1: %2</li>")
                   .arg(AccountTexts::location(state.path, p).toHtmlEscaped(),
                        AccountTexts::problem(p).toHtmlEscaped());
    }
    if (state.dump.problems.size() > shown)
        out += QStringLiteral("<li>%1</li>")
                   .arg(tr("and %n more: the details of each user list its own.", nullptr,
                           int(state.dump.problems.size() - shown))
                            .toHtmlEscaped());
    return out + QStringLiteral("</ul>");
}

} // namespace mfapolicy
