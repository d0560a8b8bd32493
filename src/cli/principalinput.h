#pragma once

#include "identityoptions.h"
#include "policyfiles.h"
#include "principal.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

#include <optional>
#include <vector>

namespace mfapolicy {

/// The user that `matrix`, `check`, `scenario` and `diff` simulate, as a principal: policy files
/// and at most one principal file, the options beside them (--aws-managed, --boundary, --scp,
/// --scp-level, --context), or one user of an account dump (--account-dump with --user).
class PrincipalInput final
{
    Q_DECLARE_TR_FUNCTIONS(mfapolicy::PrincipalInput)

public:
    /// `withAccountDump`: offer --account-dump (not `diff`, which compares two files).
    explicit PrincipalInput(bool withAccountDump = true);
    void addTo(QCommandLineParser &parser) const;

    /// True when anything beyond plain policy files was given: a layer, context, a dump.
    bool givesPrincipal(const QCommandLineParser &parser) const;
    bool usesAccountDump(const QCommandLineParser &parser) const;

    /// The principal of `paths` (policy files; one of them may be a principal file) and the
    /// options, simulated as `identityOptions` say on top of what a principal file or the dump
    /// give. With `requireValidJson` a policy file that is not valid JSON is refused. Prints why and
    /// returns nothing on an input error (the command exits 2).
    std::optional<Principal> read(const QCommandLineParser &parser, const QStringList &paths,
                                  const IdentityOptions &identityOptions, bool requireValidJson = true) const;

    /// Adds what the options give to a principal read otherwise (as read() does after reading the
    /// files): the AWS managed policies, boundary, SCPs and context, then the identity options.
    bool complete(const QCommandLineParser &parser, Principal &principal, const IdentityOptions &identityOptions,
                  bool requireValidJson = true) const;

    /// Appends the AWS managed policies of --aws-managed; prints why and returns false for an
    /// unknown name.
    bool addAwsManaged(const QCommandLineParser &parser, Principal &principal) const;

    /// A principal file (when the text looks like one) or a policy file, as a principal.
    /// Prints why and returns nothing when it cannot be used.
    static std::optional<Principal> readOne(const PolicyFile &file, bool requireValidJson);
    /// True when the file at `path` reads as a principal file (standard input never does here:
    /// it can be read only once).
    static bool isPrincipalFile(const QString &path);

private:
    bool addOptions(const QCommandLineParser &parser, Principal &principal, bool requireValidJson) const;
    bool addScps(const QCommandLineParser &parser, Principal &principal, bool requireValidJson) const;
    std::optional<Principal> fromDump(const QCommandLineParser &parser) const;

    bool m_withAccountDump;
    QCommandLineOption m_awsManaged;
    QCommandLineOption m_boundary;
    QCommandLineOption m_scp;
    QCommandLineOption m_scpLevel;
    QCommandLineOption m_context;
    QCommandLineOption m_accountDump;
};

} // namespace mfapolicy
