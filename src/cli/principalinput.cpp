#include "principalinput.h"

#include "accountdumpfile.h"
#include "accounttexts.h"
#include "awsmanagedpolicies.h"
#include "console.h"
#include "principalfile.h"
#include "texts.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace mfapolicy {

namespace {

QString problemText(const PrincipalFileProblem &p)
{
    const auto arg = [&p](std::size_t i) { return i < p.args.size() ? QString::fromStdString(p.args[i]) : QString(); };
    const std::string &id = p.id;
    if (id == "PRINCIPAL_SYNTAX")
        return PrincipalInput::tr("not valid JSON: %1").arg(arg(0));
    if (id == "PRINCIPAL_NOT_OBJECT")
        return PrincipalInput::tr("a principal file is a JSON object with \"policies\"");
    if (id == "PRINCIPAL_UNKNOWN_MEMBER")
        return PrincipalInput::tr("unknown member \"%1\"").arg(arg(0));
    if (id == "PRINCIPAL_WRONG_TYPE")
        return PrincipalInput::tr("must be %1").arg(arg(0));
    if (id == "PRINCIPAL_POLICY_SOURCE_MISSING")
        return PrincipalInput::tr("a policy needs exactly one of \"file\", \"awsManaged\" and \"policy\"");
    if (id == "PRINCIPAL_POLICY_FILE_UNREADABLE")
        return PrincipalInput::tr("cannot read %1: %2").arg(arg(0), arg(1));
    if (id == "PRINCIPAL_AWS_MANAGED_UNKNOWN")
        return PrincipalInput::tr("no AWS managed policy is called %1 (in the bundled data of %2)")
            .arg(arg(0), QString::fromStdString(AwsManagedPolicies::bundled().info().version));
    if (id == "PRINCIPAL_SCP_UNKNOWN")
        return PrincipalInput::tr("no SCP is known by the name %1 (only FullAWSAccess is; give others as files)")
            .arg(arg(0));
    return QString::fromStdString(id);
}

/// A policy given on the command line; nothing (after saying why) when it cannot be used.
std::optional<PrincipalPolicy> policyFile(const QString &path, bool requireValidJson)
{
    std::optional<PolicyFile> file = PolicyFiles::read(path);
    if (!file || (requireValidJson && !PolicyFiles::requireValidJson(*file)))
        return std::nullopt;
    PrincipalPolicy policy;
    policy.name = file->source.name();
    policy.file = file->path.toStdString();
    policy.source = std::make_shared<const PolicySource>(std::move(file->source));
    return policy;
}

/// The policies of a principal that are not valid JSON, reported like a policy file's.
bool requireValidPolicies(const Principal &principal, const QString &principalPath)
{
    std::vector<const PrincipalPolicy *> all;
    for (const PrincipalPolicy &policy : principal.policies)
        all.push_back(&policy);
    if (principal.boundary)
        all.push_back(&*principal.boundary);
    for (const ScpLevel &level : principal.scps) {
        for (const PrincipalPolicy &policy : level.policies)
            all.push_back(&policy);
    }
    bool ok = true;
    for (const PrincipalPolicy *policy : all) {
        if (!policy->source || policy->source->isValidJson())
            continue;
        const QString path = policy->file.empty()
            ? principalPath + QStringLiteral(" (") + QString::fromStdString(policy->name) + QLatin1Char(')')
            : QString::fromStdString(policy->file);
        ok = PolicyFiles::requireValidJson(PolicyFile {path, *policy->source}) && ok;
    }
    return ok;
}

} // namespace

PrincipalInput::PrincipalInput(bool withAccountDump)
    : m_withAccountDump(withAccountDump)
    , m_awsManaged(QStringLiteral("aws-managed"),
                   tr("An AWS managed policy attached to the user, by name or ARN (repeatable)."), tr("NAME"))
    , m_boundary(QStringLiteral("boundary"), tr("The user's permissions boundary."), tr("FILE"))
    , m_scp(QStringLiteral("scp"),
            tr("A service control policy above the account, beside FullAWSAccess at one level (repeatable)."),
            tr("FILE"))
    , m_scpLevel(QStringLiteral("scp-level"),
                 tr("The SCPs attached at one level of the organization, exactly (repeatable, from the root down "
                    "to the account; FullAWSAccess by name). Every level must allow a request."),
                 tr("FILE,FILE"))
    , m_context(QStringLiteral("context"),
                tr("Extra request context for every request, e.g. aws:SourceIp=203.0.113.10 (repeatable)."),
                tr("KEY=VALUE"))
    , m_accountDump(QStringLiteral("account-dump"),
                    tr("Take the user named by --user from this account dump (aws iam "
                       "get-account-authorization-details) instead of policy files."),
                    tr("DUMP"))
{ }

void PrincipalInput::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_awsManaged, m_boundary, m_scp, m_scpLevel, m_context});
    if (m_withAccountDump)
        parser.addOption(m_accountDump);
}

bool PrincipalInput::usesAccountDump(const QCommandLineParser &parser) const
{
    return m_withAccountDump && parser.isSet(m_accountDump);
}

bool PrincipalInput::givesPrincipal(const QCommandLineParser &parser) const
{
    return parser.isSet(m_boundary) || parser.isSet(m_scp) || parser.isSet(m_scpLevel) || parser.isSet(m_context)
        || usesAccountDump(parser);
}

bool PrincipalInput::isPrincipalFile(const QString &path)
{
    if (path == QLatin1String("-"))
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return looksLikePrincipalFile(file.read(PolicyFiles::maxFileSize).toStdString());
}

std::optional<Principal> PrincipalInput::readOne(const PolicyFile &file, bool requireValidJson)
{
    if (!looksLikePrincipalFile(file.source.text())) {
        if (requireValidJson && !PolicyFiles::requireValidJson(file))
            return std::nullopt;
        PrincipalPolicy policy;
        policy.name = file.source.name();
        policy.file = file.path.toStdString();
        policy.source = std::make_shared<const PolicySource>(file.source);
        Principal principal;
        principal.policies.push_back(std::move(policy));
        return principal;
    }
    const std::filesystem::path base = file.path == QLatin1String("<stdin>")
        ? std::filesystem::current_path()
        : std::filesystem::path(QFileInfo(file.path).absolutePath().toStdString());
    PrincipalFile read = readPrincipalFile(file.source.text(), base);
    for (const PrincipalFileProblem &p : read.problems) {
        const QString where = p.line > 0 ? QStringLiteral("%1:%2:%3").arg(file.path).arg(p.line).arg(p.column)
            : p.pointer.empty()          ? file.path
                                         : QStringLiteral("%1:%2").arg(file.path, QString::fromStdString(p.pointer));
        Console::err(tr("%1: error: %2\n").arg(where, problemText(p)));
    }
    if (read.incomplete || !read.problems.empty())
        return std::nullopt;
    if (requireValidJson && !requireValidPolicies(read.principal, file.path))
        return std::nullopt;
    return std::move(read.principal);
}

std::optional<Principal> PrincipalInput::fromDump(const QCommandLineParser &parser) const
{
    if (!parser.isSet(QStringLiteral("user"))) {
        Console::fail(tr("--account-dump needs --user NAME: the user of the dump to simulate"));
        return std::nullopt;
    }
    const QString path = parser.value(m_accountDump);
    const std::optional<AccountDump> dump = AccountDumpFile::read(path);
    if (!dump)
        return std::nullopt;
    if (dump->truncated || dump->cut) {
        Console::fail(tr("%1 was not read whole, so the user's policies may be missing").arg(path));
        return std::nullopt;
    }
    const std::string name = parser.value(QStringLiteral("user")).toStdString();
    const auto user = std::find_if(dump->users.begin(), dump->users.end(),
                                   [&name](const AccountUser &u) { return u.name == name; });
    if (user == dump->users.end()) {
        Console::fail(tr("%1 has no user called %2").arg(path, QString::fromStdString(name)));
        return std::nullopt;
    }
    if (!user->complete) {
        for (std::size_t p : user->problems)
            Console::err(QStringLiteral("%1: %2\n").arg(path, AccountTexts::problem(dump->problems[p])));
        Console::fail(tr("user %1 cannot be simulated: something its requests depend on is missing from %2")
                          .arg(QString::fromStdString(name), path));
        return std::nullopt;
    }
    return user->principal;
}

bool PrincipalInput::addAwsManaged(const QCommandLineParser &parser, Principal &principal) const
{
    for (const QString &name : parser.values(m_awsManaged)) {
        const auto managed = AwsManagedPolicies::bundled().find(name.toStdString());
        if (!managed) {
            Console::fail(tr("no AWS managed policy is called %1 (in the bundled data of %2)")
                              .arg(name, QString::fromStdString(AwsManagedPolicies::bundled().info().version)));
            return false;
        }
        PrincipalPolicy policy;
        policy.name = managed->name;
        policy.origin = PolicyOrigin::AwsManaged;
        policy.arn = managed->arn;
        policy.versionId = managed->versionId;
        policy.source = std::make_shared<const PolicySource>(PolicySource::parse(managed->documentText, managed->name));
        principal.policies.push_back(std::move(policy));
    }
    return true;
}

bool PrincipalInput::addOptions(const QCommandLineParser &parser, Principal &principal, bool requireValidJson) const
{
    if (!addAwsManaged(parser, principal))
        return false;
    if (parser.isSet(m_boundary)) {
        if (parser.values(m_boundary).size() > 1 || principal.boundary) {
            Console::fail(tr("a user has at most one permissions boundary"));
            return false;
        }
        std::optional<PrincipalPolicy> boundary = policyFile(parser.value(m_boundary), requireValidJson);
        if (!boundary)
            return false;
        boundary->origin = PolicyOrigin::CustomerManaged;
        principal.boundary = std::move(boundary);
    }
    if (!addScps(parser, principal, requireValidJson))
        return false;
    for (const QString &entry : parser.values(m_context)) {
        const qsizetype equals = entry.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            Console::fail(tr("--context takes KEY=VALUE, not %1").arg(entry));
            return false;
        }
        const std::string key = entry.left(equals).toStdString();
        auto &context = principal.context;
        std::erase_if(context, [&key](const auto &kv) { return kv.first == key; });
        context.emplace_back(key, entry.mid(equals + 1).toStdString());
    }
    return true;
}

bool PrincipalInput::addScps(const QCommandLineParser &parser, Principal &principal, bool requireValidJson) const
{
    if (parser.isSet(m_scp) && parser.isSet(m_scpLevel)) {
        Console::fail(tr("--scp and --scp-level exclude each other: give FullAWSAccess in --scp-level where it is "
                         "attached"));
        return false;
    }
    const auto policyOf = [requireValidJson](const QString &path) -> std::optional<PrincipalPolicy> {
        if (path == QLatin1String("FullAWSAccess")) {
            PrincipalPolicy full;
            full.name = "FullAWSAccess";
            full.origin = PolicyOrigin::AwsManaged;
            full.source = knownServiceControlPolicy("FullAWSAccess");
            return full;
        }
        return policyFile(path, requireValidJson);
    };
    if (parser.isSet(m_scp)) {
        // One level, as if attached at the root beside the FullAWSAccess that AWS attaches there.
        ScpLevel level;
        level.name = "Root";
        level.policies.push_back(*policyOf(QStringLiteral("FullAWSAccess")));
        for (const QString &path : parser.values(m_scp)) {
            std::optional<PrincipalPolicy> scp = policyOf(path);
            if (!scp)
                return false;
            level.policies.push_back(std::move(*scp));
        }
        principal.scps.push_back(std::move(level));
    }
    // Each --scp-level is one level with exactly its policies (an allow-list level has no
    // FullAWSAccess), root first, named as in a principal file.
    const QStringList levels = parser.values(m_scpLevel);
    for (qsizetype l = 0; l < levels.size(); ++l) {
        const QStringList paths = levels[l].split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (paths.isEmpty()) {
            Console::fail(tr("--scp-level needs at least one policy (FILE,FILE or FullAWSAccess)"));
            return false;
        }
        ScpLevel level;
        const std::size_t index = principal.scps.size(); // after a principal file's own levels
        level.name = index == 0 ? "root" : "level " + std::to_string(index);
        for (const QString &path : paths) {
            std::optional<PrincipalPolicy> scp = policyOf(path.trimmed());
            if (!scp)
                return false;
            level.policies.push_back(std::move(*scp));
        }
        principal.scps.push_back(std::move(level));
    }
    return true;
}

std::optional<Principal> PrincipalInput::read(const QCommandLineParser &parser, const QStringList &paths,
                                              const IdentityOptions &identityOptions, bool requireValidJson) const
{
    std::optional<Principal> principal;
    if (usesAccountDump(parser)) {
        if (!paths.isEmpty()) {
            Console::fail(tr("give either policy files or --account-dump, not both"));
            return std::nullopt;
        }
        principal = fromDump(parser);
        if (!principal)
            return std::nullopt;
    } else {
        principal.emplace();
        bool fromFile = false;
        std::optional<std::vector<PolicyFile>> files = PolicyFiles::readAll(paths);
        if (!files)
            return std::nullopt;
        for (const PolicyFile &file : *files) {
            std::optional<Principal> one = readOne(file, requireValidJson);
            if (!one)
                return std::nullopt;
            if (!looksLikePrincipalFile(file.source.text())) {
                principal->policies.push_back(std::move(one->policies.front()));
                continue;
            }
            if (fromFile) {
                Console::fail(tr("give at most one principal file (%1 is the second)").arg(file.path));
                return std::nullopt;
            }
            fromFile = true;
            // The principal file's policies come first, the other files after them.
            one->policies.insert(one->policies.end(), principal->policies.begin(), principal->policies.end());
            principal = std::move(one);
        }
    }
    if (!complete(parser, *principal, identityOptions, requireValidJson))
        return std::nullopt;
    return principal;
}

bool PrincipalInput::complete(const QCommandLineParser &parser, Principal &principal,
                              const IdentityOptions &identityOptions, bool requireValidJson) const
{
    if (!addOptions(parser, principal, requireValidJson))
        return false;
    QString error;
    const std::string defaultDevice = SimulationIdentity {}.deviceName;
    const bool defaultDeviceName = principal.identity.deviceName == defaultDevice;
    if (!identityOptions.read(parser, principal.identity, error)) {
        Console::fail(error);
        return false;
    }
    // A principal of another user without a device name: the device is called after its phone.
    if (defaultDeviceName && !parser.isSet(QStringLiteral("device-name")))
        principal.identity.deviceName = principal.identity.userName + "-phone";
    return true;
}

} // namespace mfapolicy
