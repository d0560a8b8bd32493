#pragma once

#include "command.h"
#include "principal.h"

#include <QCommandLineOption>
#include <QCoreApplication>

#include <optional>

namespace mfapolicy {

class PolicySource;

/// `migrate POLICY`: rewrites stale MFA device resources (and optional related fixes) as minimal
/// edits that keep the file's own formatting. Given a principal (a principal file, several files
/// with --aws-managed, --boundary..., or a user of an account dump), it migrates the one policy
/// whose stale device resource refuses the user's enrollment (findPrincipalMigration).
class MigrateCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mfapolicy::MigrateCommand)

public:
    MigrateCommand();
    QString name() const override { return QStringLiteral("migrate"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;

private:
    /// The policy to migrate of a principal, where it is written, and the principal.
    struct Target {
        Principal principal;
        PrincipalPolicyRef policy;
        QString file; ///< its own file; empty when it has none (inline in a principal file, a dump)
    };
    int migratePrincipal(const QCommandLineParser &parser, const Principal &principal);
    /// Migrates `source`, read from `path`; `target` is set when it is a policy of a principal.
    int migrateSource(const QCommandLineParser &parser, const PolicySource &source, const QString &path,
                      const std::optional<Target> &target);

    QCommandLineOption m_diff;
    QCommandLineOption m_output;
    QCommandLineOption m_inPlace;
    QCommandLineOption m_apply;
    QCommandLineOption m_list;
};

} // namespace mfapolicy
